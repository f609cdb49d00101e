using System.Net;
using System.Text;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Api;

[Trait("Db", "Both")]
public class RateLimitTests(RateLimitTests.TinyLimitFactory factory) : IClassFixture<RateLimitTests.TinyLimitFactory>
{
    [Fact]
    [Trait("Area", "Api")]
    public async Task Writes_ShouldAnswer429InEnvelope_WhenPerMinuteLimitSpent()
    {
        var trunk = factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Static, Name = "limited" });
        var client = factory.ClientFor(ApiFactory.KeyA);
        var path = $"/calls/1/sip-trunks/{trunk.Id}/status";

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);
        var third = await client.GetAsync(path);
        var otherKey = await factory.ClientFor(ApiFactory.KeyB).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var error = await ApiAssert.ErrorAsync(third, HttpStatusCode.TooManyRequests, "TOO_MANY_REQUESTS");
        Assert.Contains("Too many requests", ApiAssert.Text(error), StringComparison.Ordinal);
        Assert.True(third.Headers.RetryAfter is not null);
        // Partitioned by key: another account's key has its own allowance (and does not see the trunk).
        Assert.Equal(HttpStatusCode.NotFound, otherKey.StatusCode);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Create_ShouldHaveItsOwnAllowance_WhenOtherOperationsOfTheKeyAreStillAllowed()
    {
        var client = factory.ClientFor(ApiFactory.KeyB);
        var body = new StringContent("""{"type":"STATIC","name":"x"}""", Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/calls/1/sip-trunks", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/calls/1/sip-trunks", body)).StatusCode);
        await ApiAssert.ErrorAsync(await client.PostAsync("/calls/1/sip-trunks", body), HttpStatusCode.TooManyRequests, "TOO_MANY_REQUESTS");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/calls/1/sip-trunks")).StatusCode);
    }

    public sealed class TinyLimitFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Api:RateLimits:WritesPerMinute"] = "2",
            ["Api:RateLimits:ReadsPerSecond"] = "1000",
        };
    }
}
