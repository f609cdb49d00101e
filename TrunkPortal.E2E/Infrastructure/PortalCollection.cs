namespace TrunkPortal.E2E.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalAppFixture>
{
    public const string Name = "portal";
}
