using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Accounts;
using TrunkPortal.Api.Keys;
using TrunkPortal.Components.Pages.Accounts;
using TrunkPortal.Components.Pages.ApiKeys;
using TrunkPortal.Components.Pages.ServiceAddresses;
using TrunkPortal.Components.Pages.Trunks;
using TrunkPortal.Components.Pages.Trunks.Create;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.Domain.Status;
using TrunkPortal.ServiceAddresses;
using TrunkPortal.Support;
using TrunkPortal.Tests.Components.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Security;

/// <summary>R1 with two accounts: acme's admin meets legacy's trunk exactly as a trunk that does not exist.</summary>
public sealed class AccountIsolationTests : PortalContext
{
    private readonly Guid _legacyTrunk;

    public AccountIsolationTests()
    {
        RenderProviders();
        _legacyTrunk = LegacyTrunkId();
    }

    public static TheoryData<string> Targets => ["legacy", "random"];

    private Guid Target(string which) => which == "legacy" ? _legacyTrunk : Guid.NewGuid();

    private string TrunkPageMarkup(Guid trunkId, Guid? accountId = null)
    {
        var page = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, trunkId).Add(d => d.AccountId, accountId));
        page.WaitForAssertion(() => Assert.Contains("Not found", page.Markup, StringComparison.Ordinal));
        return Normalise(page.Markup);
    }

    /// <summary>Event handler ids differ from render to render; everything a person sees must not.</summary>
    private static string Normalise(string markup) => System.Text.RegularExpressions.Regex.Replace(markup, "blazor:[A-Za-z:]+=\"[^\"]*\"", "");

    [Fact]
    [Trait("Rule", "R1")]
    public void TrunkPage_ShouldAnswerNotFoundAlike_WhenTheTrunkIsAnotherAccountsOrUnknown()
    {
        var other = TrunkPageMarkup(_legacyTrunk);
        var unknown = TrunkPageMarkup(Guid.NewGuid());

        Assert.Equal(unknown, other);
        Assert.DoesNotContain("Legacy PBX", other, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void SupportTrunkUrl_ShouldAnswerNotFound_WhenAnAdminOpensAnotherAccountsTrunk()
    {
        var markup = TrunkPageMarkup(_legacyTrunk, Legacy);

        Assert.Equal(TrunkPageMarkup(Guid.NewGuid()), markup);
        Assert.DoesNotContain("support-panel", markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "R2")]
    public async Task SupportTrunkUrl_ShouldShowNoSupportActions_WhenAnAdminOpensTheirOwnTrunk()
    {
        var own = await CreateAsync(Acme, TestTrunks.Static("Own trunk"));

        var page = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, own.Trunk.Id).Add(d => d.AccountId, Acme));
        page.WaitForState(() => !page.Markup.Contains("mud-progress-linear", StringComparison.Ordinal));

        Assert.Empty(page.FindAll("[data-testid=support-panel]"));
        Assert.DoesNotContain("Set SYSTEM_DISABLED", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void EditPage_ShouldAnswerNotFoundAlike_WhenTheTrunkIsAnotherAccountsOrUnknown()
    {
        string Markup(Guid id)
        {
            var page = Render<CreateTrunkWizard>(p => p.Add(w => w.TrunkId, id));
            page.WaitForAssertion(() => Assert.Contains("There is no SIP trunk at this address", page.Markup, StringComparison.Ordinal));
            return Normalise(page.Markup);
        }

        Assert.Equal(Markup(Guid.NewGuid()), Markup(_legacyTrunk));
    }

    [Theory]
    [Trait("Rule", "R1")]
    [MemberData(nameof(Targets))]
    public async Task EveryTrunkAction_ShouldAnswerNotFound_WhenTheTrunkIsAnotherAccountsOrUnknown(string which)
    {
        var id = Target(which);
        var request = TestTrunks.Static("Taken over");

        Assert.Null(await Trunks.GetAsync(Acme, id));
        Assert.Equal(OperationStatus.NotFound, (await Trunks.GetStatusAsync(Acme, id)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.UpdateAsync(AdminActor, Acme, id, request)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.DeleteAsync(AdminActor, Acme, id)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.ResetCredentialsAsync(AdminActor, Acme, id)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.SetAdminStatusAsync(AdminActor, Acme, id, AdminStatus.Disabled)).Status);
        Assert.DoesNotContain((await Trunks.ListAsync(Acme, null, 0, 100)).Results, t => t.Id == id);

        var support = App.Services.GetRequiredService<SupportOperations>();
        Assert.Equal(OperationStatus.NotFound, (await support.SystemDisableAsync(AdminActor, Acme, id, "takeover")).Status);
        Assert.Equal(OperationStatus.NotFound, (await support.RootCauseFixedAsync(AdminActor, Acme, id)).Status);
        Assert.Equal(OperationStatus.NotFound, (await support.ScheduleFaultAsync(AdminActor, Acme, id, ActionStatus.Failed, "x")).Status);

        var untouched = await Trunks.GetAsync(Legacy, _legacyTrunk);
        Assert.Equal(AdminStatus.Enabled, untouched!.Status.Admin);
        Assert.Equal(ActionStatus.Success, untouched.Status.Action);
        Assert.Equal("Legacy PBX", untouched.Settings.Name);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task AccountScope_ShouldRefuseAnyRequestedAccount_WhenTheUserIsAnAccountAdmin()
    {
        var scope = Services.GetRequiredService<IAccountScope>();

        Assert.Equal(Acme, await scope.ResolveAsync(null));
        Assert.Null(await scope.ResolveAsync(Legacy));
        Assert.Null(await scope.ResolveAsync(Acme));
        Assert.False(await scope.IsSupportAsync());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void SupportAccountUrl_ShouldAnswerNotFound_WhenAnAdminOpensAnAccount()
    {
        foreach (var account in new[] { Legacy, Acme })
        {
            var page = Render<AccountSettingsPage>(p => p.Add(a => a.AccountId, account));
            page.WaitForAssertion(() => Assert.Contains("Not found", page.Markup, StringComparison.Ordinal));
            Assert.Empty(page.FindAll("[data-testid=account-name]"));
        }
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task ServiceAddressPage_ShouldListOnlyOwnAddresses_WhenBothAccountsHaveSome()
    {
        using (var scope = App.Services.CreateScope())
        {
            var addresses = scope.ServiceProvider.GetRequiredService<ServiceAddressService>();
            await AddAddressAsync(addresses, Acme, "Acme SF office");
            await AddAddressAsync(addresses, Legacy, "Legacy NY office");
        }

        var page = Render<ServiceAddressList>();

        page.WaitForAssertion(() => Assert.Contains("Acme SF office", page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Legacy NY office", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task ApiKeysPage_ShouldListOnlyOwnKeys_WhenBothAccountsHaveSome()
    {
        using (var scope = App.Services.CreateScope())
        {
            var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
            await keys.CreateAsync(AdminActor, Acme, "acme build server");
            await keys.CreateAsync(AdminActor, Legacy, "legacy billing sync");
        }

        var page = Render<ApiKeyList>();

        page.WaitForAssertion(() => Assert.Contains("acme build server", page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("legacy billing sync", page.Markup, StringComparison.Ordinal);
    }

    private static async Task AddAddressAsync(ServiceAddressService addresses, Guid accountId, string name)
    {
        var result = await addresses.CreateAsync(AdminActor, accountId, new ServiceAddressRequest
        {
            Name = name, Street = "1 Market St", City = "San Francisco", PostCode = "94105",
            CountryCode = "USA", CountryRegionCode = "US-CA",
        });
        Assert.True(result.Succeeded);
    }
}
