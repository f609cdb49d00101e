using System.Net;
using System.Text.RegularExpressions;
using TrunkPortal.Identity;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Identity;

/// <summary>Sign-in and sign-out as a hostile client tries them: no echoed password, no open redirect, no 500, no oracle.</summary>
[Trait("Db", "Both")]
public sealed partial class SignInHardeningTests : IAsyncLifetime
{
    private const string AcmeAdmin = "admin@acme.test";
    private const string AcmePassword = "Acme-Demo-Pass-2026!";
    private readonly PortalAppFactory _app = new(settings: new Dictionary<string, string?> { ["SignIn:AttemptsPerMinute"] = "100000" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, string query = "") =>
        StaticForm.PostAsync(browser, "/Account/Login" + query, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    [Fact]
    public async Task FailedSignIn_ShouldNeverRenderTheTypedPasswordBack()
    {
        const string typed = "Typed-Secret-Password-42!";
        var answer = await SignInAsync(_app.CreateBrowser(), AcmeAdmin, typed);

        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("do not match a sign-in", page, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, page, StringComparison.Ordinal);
        Assert.Contains(AcmeAdmin, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAndKnownEmails_ShouldGetTheSameAnswer()
    {
        var known = await (await SignInAsync(_app.CreateBrowser(), AcmeAdmin, "Wrong-Password-123!")).Content.ReadAsStringAsync();
        var unknown = await (await SignInAsync(_app.CreateBrowser(), "nobody@acme.test", "Wrong-Password-123!")).Content.ReadAsStringAsync();

        Assert.Equal(Normalise(known, AcmeAdmin), Normalise(unknown, "nobody@acme.test"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_ShouldGoToTheLandingPage_WhenTheReturnUrlLeavesThePortal(string returnUrl)
    {
        var answer = await SignInAsync(_app.CreateBrowser(), AcmeAdmin, AcmePassword, "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        AssertPortalLocation("/trunks", answer);
    }

    [Theory]
    [InlineData(AcmeAdmin, AcmePassword, "/trunks")]
    [InlineData("support@trunkportal.test", "Support-Demo-Pass-2026!", "/support")]
    public async Task SignIn_ShouldLandOnThePersonsStartPage_WithoutAReturnUrl(string email, string password, string expected)
    {
        var answer = await SignInAsync(_app.CreateBrowser(), email, password);

        AssertPortalLocation(expected, answer);
    }

    [Fact]
    public async Task SignIn_ShouldFollowALocalReturnUrl()
    {
        var answer = await SignInAsync(_app.CreateBrowser(), AcmeAdmin, AcmePassword, "?ReturnUrl=" + Uri.EscapeDataString("trunks/new"));

        AssertPortalLocation("/trunks/new", answer);
    }

    /// <summary>Blazor answers an absolute Location built from the Host, which host filtering allows only when trusted.</summary>
    private static void AssertPortalLocation(string path, HttpResponseMessage answer)
    {
        var location = answer.Headers.Location!;
        Assert.Equal(path, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", location.ToString());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task SignOut_ShouldGoHome_WhenTheReturnUrlLeavesThePortal(string returnUrl)
    {
        var browser = _app.CreateBrowser();
        await SignInAsync(browser, AcmeAdmin, AcmePassword);
        var token = StaticForm.TokenIn(await browser.GetStringAsync("/trunks"));

        var answer = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = returnUrl }));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        AssertPortalLocation("/", answer);
    }

    [Fact]
    public async Task Requests_ShouldBeRefused_WhenTheHostHeaderIsNotAnAllowedHost()
    {
        var browser = _app.CreateBrowser();
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Host = "evil.example";

        var answer = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("trunks/01a2", "/trunks/01a2")]
    [InlineData("/support?x=1", "/support?x=1")]
    [InlineData("~/audit", "/audit")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("\\\\evil.example", "/")]
    [InlineData("/trunks\r\nSet-Cookie: x=1", "/")]
    [InlineData("data:text/html,x", "/")]
    public void LocalUrl_ShouldKeepPortalPathsOnly(string? input, string expected) => Assert.Equal(expected, LocalUrl.Of(input));

    private static string Normalise(string page, string email) =>
        AntiforgeryOrNonce().Replace(page.Replace(email, "EMAIL", StringComparison.Ordinal), "X");

    [GeneratedRegex("[A-Za-z0-9+/=_-]{40,}|nonce=\"[^\"]+\"|mudinput[0-9a-z]+")]
    private static partial Regex AntiforgeryOrNonce();
}

/// <summary>The sign-in throttle with its real default: 10 attempts a minute per client address.</summary>
[Trait("Db", "Both")]
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private readonly PortalAppFactory _app = new(settings: new Dictionary<string, string?> { ["SignIn:AttemptsPerMinute"] = "10" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SignIn_ShouldBeThrottledPerClientAddress_AfterTheLimit()
    {
        var browser = _app.CreateBrowser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            answers.Add((await StaticForm.SignInAsync(browser, $"guess{i}@acme.test", "Wrong-Password-123!")).StatusCode);
        }

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10]);
        var refused = await StaticForm.SignInAsync(browser, "admin@acme.test", "Acme-Demo-Pass-2026!");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        // Reading the page is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Login")).StatusCode);
    }
}
