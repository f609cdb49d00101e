using System.Net;
using System.Text;
using TrunkPortal.Api.OpenApi;

namespace TrunkPortal.Tests.Api;

[Trait("Db", "Both")]
public class IdempotencyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Base = "/calls/1/sip-trunks";

    private static HttpRequestMessage Create(string key, string body, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Base) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task Create_ShouldReplayTheFirstAnswerAndCreateNothingMore_WhenSameKeyAndSameBody()
    {
        var client = factory.ClientFor(ApiFactory.KeyA);
        var key = Guid.NewGuid().ToString();
        var before = factory.Trunks.CreateCount;

        var first = await client.SendAsync(Create(key, CreateTrunkExamples.Registered));
        // The same request with other formatting and property order is the same request.
        var reordered = CreateTrunkExamples.Registered.Replace("{\"type\":\"REGISTERED\",\"name\":\"Registered SIP trunk\",", "{ \"name\": \"Registered SIP trunk\", \"type\": \"REGISTERED\",", StringComparison.Ordinal);
        var second = await client.SendAsync(Create(key, reordered));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, factory.Trunks.CreateCount);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Create_ShouldAnswer400_WhenSameKeyWithAnotherBody()
    {
        var client = factory.ClientFor(ApiFactory.KeyA);
        var key = Guid.NewGuid().ToString();
        await client.SendAsync(Create(key, CreateTrunkExamples.Static));

        var response = await client.SendAsync(Create(key, CreateTrunkExamples.Registered));

        var error = await ApiAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.Contains("already used with a different request body", ApiAssert.Text(error), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Create_ShouldScopeKeysByAccount_WhenTwoAccountsUseTheSameKey()
    {
        var key = Guid.NewGuid().ToString();
        var before = factory.Trunks.CreateCount;

        var a = await factory.ClientFor(ApiFactory.KeyA).SendAsync(Create(key, CreateTrunkExamples.Static));
        var b = await factory.ClientFor(ApiFactory.KeyB).SendAsync(Create(key, CreateTrunkExamples.Registered));

        Assert.Equal(HttpStatusCode.Accepted, a.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, b.StatusCode);
        Assert.Equal(before + 2, factory.Trunks.CreateCount);
    }

    [Fact]
    [Trait("Rule", "L6")]
    public async Task Create_ShouldCreateOnce_WhenTwoIdenticalRequestsRunAtOnce()
    {
        var client = factory.ClientFor(ApiFactory.KeyA);
        var key = Guid.NewGuid().ToString();
        var before = factory.Trunks.CreateCount;
        factory.Trunks.CreateDelay = TimeSpan.FromMilliseconds(300);
        try
        {
            var answers = await Task.WhenAll(client.SendAsync(Create(key, CreateTrunkExamples.Static)), client.SendAsync(Create(key, CreateTrunkExamples.Static)));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
            Assert.Equal(await answers[0].Content.ReadAsStringAsync(), await answers[1].Content.ReadAsStringAsync());
            Assert.Equal(before + 1, factory.Trunks.CreateCount);
        }
        finally
        {
            factory.Trunks.CreateDelay = TimeSpan.Zero;
        }
    }

    [Fact]
    [Trait("Rule", "L7")]
    public async Task Create_ShouldNotKeepTheKey_WhenTheFirstAttemptWasRefused()
    {
        var client = factory.ClientFor(ApiFactory.KeyA);
        var key = Guid.NewGuid().ToString();
        var refused = CreateTrunkExamples.Static.Replace("Static SIP trunk", "refuse-me", StringComparison.Ordinal);

        var first = await client.SendAsync(Create(key, refused));
        var retry = await client.SendAsync(Create(key, CreateTrunkExamples.Static));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Create_ShouldAnswer400_WhenKeyLongerThan255()
    {
        var response = await factory.ClientFor(ApiFactory.KeyA).SendAsync(Create(new string('k', 256), CreateTrunkExamples.Static));

        var error = await ApiAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.Equal(["Idempotency-Key"], ApiAssert.Keys(error));
    }
}
