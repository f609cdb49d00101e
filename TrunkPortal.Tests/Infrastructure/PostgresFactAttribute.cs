namespace TrunkPortal.Tests.Infrastructure;

/// <summary>
/// A test that needs a PostgreSQL server: TEST_PG holds an admin connection string (one that may create and drop
/// databases). Without it the test is skipped, so a machine without PostgreSQL still runs everything else.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "TEST_PG";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} (an admin connection string to a PostgreSQL server) is not set.";
        }
    }
}
