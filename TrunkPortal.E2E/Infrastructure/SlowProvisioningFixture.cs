namespace TrunkPortal.E2E.Infrastructure;

/// <summary>A second app whose platform takes seconds per action, so a test can watch CREATING turn into SUCCESS.</summary>
public sealed class SlowProvisioningFixture : PortalAppFixture
{
    protected override int ProvisioningDelayMs => 3000;
}
