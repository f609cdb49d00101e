using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TrunkPortal.Components.Pages.ServiceAddresses;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.ServiceAddresses;

namespace TrunkPortal.Tests.Components.ServiceAddresses;

public sealed class ServiceAddressDialogTests : ServiceAddressTestContext
{
    private const string RegionInput = "input[data-testid=address-region]";

    private static ServiceAddressRequest Zagreb() => new()
    {
        Name = "Head office", Street = "Ilica 1", City = "Zagreb", PostCode = "10000",
        CountryCode = "HRV", CountryRegionCode = "HR-21",
    };

    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudPopoverProvider> Popovers, IDialogReference Reference)>
        OpenAsync(ServiceAddressRequest model)
    {
        var (dialogs, popovers) = RenderProviders();
        var parameters = new DialogParameters<ServiceAddressDialog>
        {
            { d => d.AccountId, AccountId },
            { d => d.Model, model },
        };
        IDialogReference? reference = null;
        await dialogs.InvokeAsync(async () =>
            reference = await Services.GetRequiredService<IDialogService>().ShowAsync<ServiceAddressDialog>("Add service address", parameters));
        dialogs.WaitForElement("[data-testid=address-save]");
        return (dialogs, popovers, reference!);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task Dialog_ShouldShowRegionPicker_WhenCountryHasRegions()
    {
        var (dialogs, _, _) = await OpenAsync(Zagreb());

        Assert.Single(dialogs.FindAll(RegionInput));
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task Dialog_ShouldHideRegionPicker_WhenCountryHasNoRegions()
    {
        var model = Zagreb();
        model.CountryCode = "GIB";
        model.CountryRegionCode = null;

        var (dialogs, _, _) = await OpenAsync(model);

        Assert.Empty(dialogs.FindAll(RegionInput));
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task Dialog_ShouldOfferTheCountrysRegions_WhenUserPicksACountryWithRegions()
    {
        var (dialogs, popovers, _) = await OpenAsync(new ServiceAddressRequest());
        Assert.Empty(dialogs.FindAll(RegionInput));

        dialogs.Find("input[data-testid=address-country]").Focus();
        dialogs.Find("input[data-testid=address-country]").Input("Croatia");
        popovers.WaitForAssertion(() => Assert.Contains("Croatia (HRV)", popovers.Markup, StringComparison.Ordinal));
        popovers.FindAll(".mud-list-item").Single(e => e.TextContent.Contains("Croatia (HRV)", StringComparison.Ordinal)).Click();

        dialogs.WaitForAssertion(() => Assert.Single(dialogs.FindAll(RegionInput)));
        dialogs.Find(RegionInput).Focus();
        dialogs.Find(RegionInput).Input("Dubrova");
        popovers.WaitForAssertion(() =>
            Assert.Contains("Dubrovačko-neretvanska županija (HR-19)", popovers.Markup, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task Dialog_ShouldShowValidationMessagesAndSaveNothing_WhenFormIsEmpty()
    {
        var (dialogs, _, _) = await OpenAsync(new ServiceAddressRequest());

        dialogs.Find("[data-testid=address-save]").Click();

        dialogs.WaitForAssertion(() =>
        {
            Assert.Contains("Name is required: enter a name you will recognise", dialogs.Markup, StringComparison.Ordinal);
            Assert.Contains("Country is required: choose a country", dialogs.Markup, StringComparison.Ordinal);
        });
        Assert.Equal(0, (await Addresses.ListAsync(AccountId)).TotalResults);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task Dialog_ShouldShowTheDomainMessage_WhenCountryCodeIsNotAlpha3()
    {
        var model = Zagreb();
        model.CountryCode = "HR";
        model.CountryRegionCode = null;
        var (dialogs, _, _) = await OpenAsync(model);

        dialogs.Find("[data-testid=address-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains(
            "Country code 'HR' is not an ISO 3166 alpha-3 code; use three letters such as HRV.",
            dialogs.Markup, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task Dialog_ShouldSaveAndCloseWithTheAddress_WhenFormIsValid()
    {
        var (dialogs, _, reference) = await OpenAsync(Zagreb());

        dialogs.Find("[data-testid=address-save]").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5));
        var saved = Assert.IsType<ServiceAddress>(result!.Data);
        Assert.Equal(("Head office", "HR-21"), (saved.Name, saved.Region!.Code));
        Assert.Equal(saved.Id, Assert.Single((await Addresses.ListAsync(AccountId)).Results).Id);
    }
}
