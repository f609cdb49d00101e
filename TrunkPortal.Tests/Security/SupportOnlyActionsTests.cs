using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Accounts;
using TrunkPortal.Domain.Status;
using TrunkPortal.Support;
using TrunkPortal.Tests.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Security;

/// <summary>
/// R2 in the services themselves, not only on the support pages: an account admin acting on their own account
/// cannot set a trunk SYSTEM_DISABLED, schedule a fault, or change the account's plans and limits.
/// </summary>
[Trait("Db", "Both")]
public sealed class SupportOnlyActionsTests : TrunkServiceTestBase
{
    private static readonly Actor SupportActor = new(ActorKind.User, "support-1", "Support", "127.0.0.1", IsSupport: true);

    private SupportOperations Support => App.Services.GetRequiredService<SupportOperations>();

    private AccountSettingsService Accounts => App.Services.GetRequiredService<AccountSettingsService>();

    [Fact]
    [Trait("Rule", "R2")]
    public async Task SupportTrunkActions_ShouldAnswerNotFoundAndChangeNothing_WhenTheActorIsTheAccountsAdmin()
    {
        var id = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Own trunk"))).Value!.Trunk.Id;
        await WaitForActionAsync(Acme, id, ActionStatus.Success);

        Assert.Equal(OperationStatus.NotFound, (await Support.SystemDisableAsync(Admin, Acme, id, "self-service")).Status);
        Assert.Equal(OperationStatus.NotFound, (await Support.RootCauseFixedAsync(Admin, Acme, id)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Support.ScheduleFaultAsync(Admin, Acme, id, ActionStatus.Failed, "x")).Status);

        Assert.Equal(AdminStatus.Enabled, (await Trunks.GetAsync(Acme, id))!.Status.Admin);
        Assert.Null((await StoredAsync(id)).ScheduledFault);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task SystemDisable_ShouldSucceed_WhenTheActorIsSupport()
    {
        var id = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Fraud case"))).Value!.Trunk.Id;
        await WaitForActionAsync(Acme, id, ActionStatus.Success);

        var result = await Support.SystemDisableAsync(SupportActor, Acme, id, "Fraud suspected");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(AdminStatus.SystemDisabled, (await Trunks.GetAsync(Acme, id))!.Status.Admin);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task PlansAndLimits_ShouldBeRefusedWithR2_WhenTheActorIsTheAccountsAdmin()
    {
        var before = (await Accounts.GetAsync(Acme))!;

        var plans = await Accounts.SetPlansAsync(Admin, Acme, metered: false, unlimited: false);
        var limits = await Accounts.SetLimitsAsync(Admin, Acme, new LimitOverrides(50, null, null, null, null));

        Assert.Equal((OperationStatus.Refused, "R2"), (plans.Status, plans.RuleId));
        Assert.Equal((OperationStatus.Refused, "R2"), (limits.Status, limits.RuleId));
        Assert.Contains("support", limits.Message, StringComparison.OrdinalIgnoreCase);
        var after = (await Accounts.GetAsync(Acme))!;
        Assert.Equal((before.MeteredActive, before.UnlimitedActive, before.Effective), (after.MeteredActive, after.UnlimitedActive, after.Effective));
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task Plans_ShouldChange_WhenTheActorIsSupport()
    {
        var result = await Accounts.SetPlansAsync(SupportActor, Acme, metered: true, unlimited: false);

        Assert.True(result.Succeeded, result.Message);
        Assert.False((await Accounts.GetAsync(Acme))!.UnlimitedActive);
    }
}
