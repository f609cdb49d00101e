using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Tests.Identity;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Hosting;

/// <summary>
/// Behind nginx every connection comes from the proxy: the sign-in throttle must count the client named in
/// X-Forwarded-For, and take that header only from a known proxy (loopback by default, or ForwardedHeaders:KnownProxies).
/// </summary>
[Trait("Db", "Both")]
public sealed class ForwardedHeadersTests
{
    private const int Limit = 3;
    private static readonly IPAddress OutsideAddress = IPAddress.Parse("198.51.100.7");

    [Fact]
    public async Task SignInThrottle_ShouldCountEachForwardedClient_WhenTheProxyIsOnLoopback()
    {
        await using var app = NewApp(IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.OK, (await AttemptsAsync(app, "203.0.113.1", Limit)).Last());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await AttemptsAsync(app, "203.0.113.1", 1)).Single());
        Assert.Equal(HttpStatusCode.OK, (await AttemptsAsync(app, "203.0.113.2", 1)).Single());
    }

    [Fact]
    public async Task ForwardedFor_ShouldBeIgnored_FromAnAddressThatIsNotAKnownProxy()
    {
        await using var app = NewApp(OutsideAddress);

        await AttemptsAsync(app, "203.0.113.1", Limit);

        // A client that names another address in the header is still counted as the address it connects from.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await AttemptsAsync(app, "203.0.113.2", 1)).Single());
    }

    [Fact]
    public async Task ForwardedHeaders_ShouldBeTaken_FromAConfiguredProxy()
    {
        await using var app = NewApp(OutsideAddress, new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "198.51.100.0/24" });

        await AttemptsAsync(app, "203.0.113.1", Limit);
        Assert.Equal(HttpStatusCode.OK, (await AttemptsAsync(app, "203.0.113.2", 1)).Single());

        // X-Forwarded-Proto: the sign-in redirect keeps the scheme the client used at the proxy.
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var answer = await browser.GetAsync("/trunks");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("https", answer.Headers.Location?.Scheme);
    }

    [Fact]
    public void Start_ShouldStop_WhenAKnownProxyIsNotAnAddress()
    {
        using var app = new PortalAppFactory(settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "nginx.internal" });

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("ForwardedHeaders:KnownProxies holds \"nginx.internal\"", failure.ToString(), StringComparison.Ordinal);
    }

    private static PortalAppFactory NewApp(IPAddress connectsFrom, Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["SignIn:AttemptsPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new PortalAppFactory(settings: settings,
            configureServices: services => services.AddTransient<IStartupFilter>(_ => new RemoteAddressFilter(connectsFrom)));
    }

    private static async Task<List<HttpStatusCode>> AttemptsAsync(PortalAppFactory app, string client, int count)
    {
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            answers.Add((await StaticForm.SignInAsync(browser, $"guess{i}@acme.test", "Wrong-Password-123!")).StatusCode);
        }
        return answers;
    }

    /// <summary>The test server leaves the connection's address empty: this sets the one the proxy would have.</summary>
    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
