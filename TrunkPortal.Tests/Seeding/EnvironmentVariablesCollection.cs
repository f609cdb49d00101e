namespace TrunkPortal.Tests.Seeding;

/// <summary>Tests that set process-wide environment variables run alone, after every parallel test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentVariablesCollection
{
    public const string Name = "Environment variables";
}
