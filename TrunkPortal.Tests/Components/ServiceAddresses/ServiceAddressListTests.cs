using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Components.Pages.ServiceAddresses;
using TrunkPortal.Domain.ServiceAddresses;

namespace TrunkPortal.Tests.Components.ServiceAddresses;

public sealed class ServiceAddressListTests : ServiceAddressTestContext
{
    private async Task SeedAsync(string name)
    {
        var result = await Addresses.CreateAsync(SingleAccount.Actor, AccountId, new ServiceAddressRequest
        {
            Name = name, Street = "1 Market St", City = "San Francisco", PostCode = "94105",
            CountryCode = "USA", CountryRegionCode = "US-CA",
        });
        Assert.True(result.Succeeded);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Page_ShouldListTheAccountsAddresses_WhenTheyExist()
    {
        await SeedAsync("SF office");

        var cut = Render<ServiceAddressList>();

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("SF office", cut.Markup, StringComparison.Ordinal);
            Assert.Contains("United States of America (USA)", cut.Markup, StringComparison.Ordinal);
            Assert.Contains("California (US-CA)", cut.Markup, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("/trunks/new?step=2", "/trunks/new?step=2")]
    [InlineData("https://evil.example/", null)]
    [InlineData("//evil.example/", null)]
    [InlineData(null, null)]
    public void Page_ShouldOfferBackLinkOnlyInsideThePortal_WhenReturnUrlIsGiven(string? returnUrl, string? expectedHref)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(returnUrl is null
            ? "/service-addresses"
            : $"/service-addresses?returnUrl={Uri.EscapeDataString(returnUrl)}");

        var cut = Render<ServiceAddressList>();

        cut.WaitForElement("[data-testid=add-address]");
        Assert.Equal(expectedHref, cut.FindAll("[data-testid=return]").SingleOrDefault()?.GetAttribute("href"));
    }

    [Fact]
    public async Task Page_ShouldDeleteTheAddress_WhenUserConfirms()
    {
        await SeedAsync("SF office");
        var (dialogs, _) = RenderProviders();
        var cut = Render<ServiceAddressList>();
        cut.WaitForElement("[data-testid=delete-address]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("This cannot be undone.", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Contains("You have no service addresses yet.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(0, (await Addresses.ListAsync(AccountId)).TotalResults);
    }

    [Fact]
    public async Task Page_ShouldKeepTheAddress_WhenUserCancelsTheDelete()
    {
        await SeedAsync("SF office");
        var (dialogs, _) = RenderProviders();
        var cut = Render<ServiceAddressList>();
        cut.WaitForElement("[data-testid=delete-address]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("This cannot be undone.", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("This cannot be undone.", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(1, (await Addresses.ListAsync(AccountId)).TotalResults);
    }
}
