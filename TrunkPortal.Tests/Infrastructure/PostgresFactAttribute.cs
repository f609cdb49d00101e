namespace TrunkPortal.Tests.Infrastructure;

/// <summary>
/// A test that needs a PostgreSQL server: TEST_PG holds an admin connection string (one that may create and drop
/// databases); ./test.sh sets it to the edge's server. Run by hand without it, the test is skipped and says why; in
/// CI (CI=true) it runs and fails instead, so a missing server can never pass as a skip.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = TestDatabase.ServerVariable;

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) && !IsCi)
        {
            Skip = $"{Variable} (an admin connection string to a PostgreSQL server) is not set; ./test.sh sets it.";
        }
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
