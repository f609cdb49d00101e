using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;

using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Identity;

[Trait("Db", "Both")]
public sealed class ChangePasswordTests : IAsyncLifetime
{
    private const string Page = "/Account/Manage/ChangePassword";
    private const string OldPassword = "Legacy-Demo-Pass-2026!";

    private readonly PortalAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> ChangeAsync(HttpClient browser, string newPassword, string confirmation) =>
        await StaticForm.PostAsync(browser, Page, "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = OldPassword,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = confirmation,
        });

    private async Task<bool> HasPasswordAsync(string password)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync("admin@legacy.test"))!, password);
    }

    [Fact]
    [Trait("Rule", "R3")]
    public async Task ChangePassword_ShouldReplaceThePassword_WhenNewOneMeetsTheRules()
    {
        var browser = _app.CreateBrowser();
        await StaticForm.SignInAsync(browser, "admin@legacy.test", OldPassword);

        var response = await ChangeAsync(browser, "Twelve-Ch4r!", "Twelve-Ch4r!");
        var confirmation = await browser.GetStringAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Your password has been changed.", confirmation, StringComparison.Ordinal);
        Assert.True(await HasPasswordAsync("Twelve-Ch4r!"));
        Assert.False(await HasPasswordAsync(OldPassword));
    }

    [Theory]
    [Trait("Rule", "R3")]
    [InlineData("Eleven-Ch4!")]
    [InlineData("no-upper-case-2026!")]
    public async Task ChangePassword_ShouldKeepTheOldPassword_WhenNewOneBreaksTheRules(string newPassword)
    {
        var browser = _app.CreateBrowser();
        await StaticForm.SignInAsync(browser, "admin@legacy.test", OldPassword);

        var response = await ChangeAsync(browser, newPassword, newPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await HasPasswordAsync(OldPassword));
    }

    [Fact]
    [Trait("Rule", "R3")]
    public async Task ChangePasswordPage_ShouldRedirectToSignIn_WhenAnonymous()
    {
        var response = await _app.CreateBrowser().GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
