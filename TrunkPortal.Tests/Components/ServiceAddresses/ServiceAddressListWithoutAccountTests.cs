using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Accounts;
using TrunkPortal.Components.Pages.ServiceAddresses;
using TrunkPortal.Data;
using TrunkPortal.ServiceAddresses;

namespace TrunkPortal.Tests.Components.ServiceAddresses;

public sealed class ServiceAddressListWithoutAccountTests : MudTestContext
{
    [Fact]
    [Trait("Rule", "R1")]
    public void Page_ShouldAskToSignInAndListNothing_WhenNoAccountIsSelected()
    {
        // The database is never opened: without an account the page must not query at all.
        Services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite("Data Source=/nonexistent/dir/never.db"));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IAccountScope>(new SingleAccount(null));
        Services.AddSingleton<IActorProvider>(new SingleAccount(null));
        Services.AddServiceAddresses();

        var cut = Render<ServiceAddressList>();

        cut.WaitForAssertion(() => Assert.Contains("No account is selected", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=address-table]"));
        Assert.Empty(cut.FindAll("[data-testid=add-address]"));
    }
}
