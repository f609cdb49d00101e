namespace TrunkPortal.E2E.Infrastructure;

/// <summary>Runs in parallel with <see cref="PortalCollection"/>: its own app, port and database file.</summary>
[CollectionDefinition(Name)]
public sealed class SlowProvisioningCollection : ICollectionFixture<SlowProvisioningFixture>
{
    public const string Name = "slow-provisioning";
}
