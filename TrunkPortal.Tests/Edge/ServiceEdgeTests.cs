using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Domain.Status;
using TrunkPortal.Support;
using TrunkPortal.Tests.Components.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Edge;

/// <summary>The same edge through the services the wizard and the support console call (not the API).</summary>
[Collection(EdgeCollection.Name)]
public sealed class ServiceEdgeTests(EdgeFixture edge)
{
    private const string Frankfurt = "127.0.0.10";
    private static readonly Actor _admin = new(ActorKind.User, "admin", "Edge Admin", "127.0.0.1");
    private static readonly Actor _support = new(ActorKind.User, "support", "Edge Support", "127.0.0.1", IsSupport: true);

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "G4")]
    [Trait("Rule", "T1")]
    [Trait("Rule", "E2")]
    public async Task SystemDisabled_ShouldRefuseRegister_UntilFixedAndEnabled_ForATrunkCreatedThroughTheService()
    {
        var (account, _) = await edge.NewAccountAsync();
        var trunks = edge.Services.GetRequiredService<ITrunkService>();
        var support = edge.Services.GetRequiredService<SupportOperations>();
        var created = await trunks.CreateAsync(_admin, account, TestTrunks.Registered($"Service PBX {Guid.NewGuid():N}"));
        Assert.True(created.Succeeded, created.Message);
        var id = created.Value!.Trunk.Id;
        var (user, password) = (created.Value.Secrets!.Username!, created.Value.Secrets.Password!);
        Assert.Equal(ActionStatus.Success, (await WaitAsync(trunks, account, id, s => s.Action != ActionStatus.Creating)).Action);

        var port = EdgeTools.FreeUdpPort();
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password, localPort: port).ShouldPassAsync();
        Assert.Equal(RegistrationStatus.Registered, (await WaitAsync(trunks, account, id, s => s.Registration == RegistrationStatus.Registered)).Registration);

        Assert.True((await support.SystemDisableAsync(_support, account, id, "Fraudulent traffic")).Succeeded);
        await edge.WaitForNoContactsAsync(user);
        await Sipp.RunAsync(Frankfurt, "register_refused.xml", user, password, localPort: port).ShouldPassAsync();

        Assert.True((await support.RootCauseFixedAsync(_support, account, id)).Succeeded);
        await Sipp.RunAsync(Frankfurt, "register_refused.xml", user, password, localPort: port).ShouldPassAsync();

        Assert.True((await trunks.SetAdminStatusAsync(_admin, account, id, AdminStatus.Enabled)).Succeeded);
        await Sipp.ShouldPassSoonAsync(() => Sipp.RunAsync(Frankfurt, "register.xml", user, password, localPort: port));
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password, expires: 0, localPort: port).ShouldPassAsync();
    }

    private static async Task<TrunkStatusView> WaitAsync(ITrunkService trunks, Guid account, Guid id, Func<TrunkStatusView, bool> done)
    {
        TrunkStatusView status = null!;
        for (var i = 0; i < 100; i++)
        {
            status = (await trunks.GetStatusAsync(account, id)).Value!;
            if (done(status))
            {
                break;
            }
            await Task.Delay(100);
        }
        return status;
    }
}
