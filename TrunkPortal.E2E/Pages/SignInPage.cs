using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

public sealed class SignInPage(IPage page) : PortalPage(page)
{
    /// <summary>Signs in through the real Identity form and waits for the portal's circuit.</summary>
    public async Task SignInAsync((string Email, string Password) user, string returnUrl = "/")
    {
        await Page.GotoAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await AssertAccessibleAsync("sign-in");
        await Page.GetByLabel("Email").FillAsync(user.Email);
        await Page.GetByLabel("Password").FillAsync(user.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        await WaitForCircuitAsync();
        await AssertAccessibleAsync($"landing page after sign-in {new Uri(Page.Url).AbsolutePath}");
    }

    /// <summary>The keyboard alone: Tab to each field, type, Enter submits the form.</summary>
    public async Task SignInByKeyboardAsync((string Email, string Password) user)
    {
        await Page.GotoAsync("/Account/Login");
        await AssertAccessibleAsync("sign-in");
        var keyboard = new KeyboardUser(Page);
        await keyboard.TypeIntoAsync(Page.GetByLabel("Email"), user.Email);
        await keyboard.TypeIntoAsync(Page.GetByLabel("Password"), user.Password);
        await keyboard.Keys.PressAsync("Enter");
        await Assertions.Expect(Page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        await WaitForCircuitAsync();
        await AssertAccessibleAsync($"landing page after sign-in {new Uri(Page.Url).AbsolutePath}");
    }

    /// <summary>Signs out by dropping the cookies, then signs in as <paramref name="user"/> in the same browser context (one trace).</summary>
    public async Task SwitchUserAsync((string Email, string Password) user, string returnUrl = "/")
    {
        await Page.Context.ClearCookiesAsync();
        await SignInAsync(user, returnUrl);
    }
}
