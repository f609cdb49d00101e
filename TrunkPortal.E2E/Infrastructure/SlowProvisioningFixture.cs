namespace TrunkPortal.E2E.Infrastructure;

/// <summary>
/// A second app whose platform takes seconds per action, so a test can watch CREATING turn into SUCCESS. Flows
/// that never wait for the platform run here too: the two apps run in parallel and keep the suite short.
/// </summary>
public sealed class SlowProvisioningFixture : PortalAppFixture
{
    protected override int ProvisioningDelayMs => 6000;
}
