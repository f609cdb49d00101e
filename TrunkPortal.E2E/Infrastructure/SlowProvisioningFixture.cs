namespace TrunkPortal.E2E.Infrastructure;

/// <summary>
/// A second app whose platform takes seconds per action, so a test can watch CREATING turn into SUCCESS. Flows
/// that never wait for the platform run here too: the two apps run in parallel and keep the suite short.
/// </summary>
public sealed class SlowProvisioningFixture : PortalAppFixture
{
    // 20 s: every page, step and dialog is checked with axe-core (1-3 s each on this busy machine): the checks between
    // "Pay now" and the list used up 6 s, and 10 s at a load average of 50.
    protected override int ProvisioningDelayMs => 20_000;
}
