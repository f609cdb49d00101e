using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Api.Keys;
using TrunkPortal.Data;

namespace TrunkPortal.Tests.Api;

[Trait("Db", "Both")]
public class ApiKeyServiceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly TrunkPortal.Trunks.Actor TestActor = new(TrunkPortal.Trunks.ActorKind.User, "u1", "Test Admin", null);

    private ApiKeyService Keys => factory.Services.CreateScope().ServiceProvider.GetRequiredService<ApiKeyService>();

    [Fact]
    [Trait("Rule", "R3")]
    public async Task Create_ShouldReturnKeyOnceAndStoreOnlyItsHash_WhenNamed()
    {
        var created = await Keys.CreateAsync(TestActor, factory.AccountA, "  deploy bot  ");

        Assert.StartsWith("tp_", created.PlainKey, StringComparison.Ordinal);
        Assert.True(created.PlainKey.Length >= 3 + 43);
        Assert.Equal("deploy bot", created.Key.Name);
        Assert.Equal(created.PlainKey[..8], created.Key.KeyPrefix);
        Assert.DoesNotContain(created.PlainKey, created.ToString(), StringComparison.Ordinal);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stored = await db.ApiKeys.SingleAsync(k => k.Id == created.Key.Id);
        Assert.Equal(ApiKeyHasher.Hash(created.PlainKey), stored.KeyHash);
        Assert.DoesNotContain(created.PlainKey, stored.KeyHash, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Area", "Api")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_ShouldRefuse_WhenNameBlankOrTooLong(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync(TestActor, factory.AccountA, name));
        await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync(TestActor, factory.AccountA, new string('n', ApiKeyService.MaxNameLength + 1)));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task ListAndRevoke_ShouldSeeOnlyTheAccountsKeys_WhenAnotherAccountAsks()
    {
        var created = await Keys.CreateAsync(TestActor, factory.AccountA, "mine");

        var theirs = await Keys.ListAsync(factory.AccountB);
        var revokedByOther = await Keys.RevokeAsync(TestActor, factory.AccountB, created.Key.Id);

        Assert.DoesNotContain(theirs, k => k.Id == created.Key.Id);
        Assert.False(revokedByOther);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Revoke_ShouldRefuseTheKeyAtOnce_WhenItWasCachedAMomentAgo()
    {
        var created = await Keys.CreateAsync(TestActor, factory.AccountA, "to revoke");
        var client = factory.ClientFor(created.PlainKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/calls/1/sip-trunks")).StatusCode);

        Assert.True(await Keys.RevokeAsync(TestActor, factory.AccountA, created.Key.Id));

        await ApiAssert.ErrorAsync(await client.GetAsync("/calls/1/sip-trunks"), HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.True((await Keys.ListAsync(factory.AccountA)).Single(k => k.Id == created.Key.Id).IsRevoked);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Resolve_ShouldNotQueryTheDatabaseAgain_WhenKeyWasResolvedRecently()
    {
        var created = await Keys.CreateAsync(TestActor, factory.AccountA, "cached");
        var client = factory.ClientFor(created.PlainKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/calls/1/sip-trunks")).StatusCode);
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            // Removed behind the cache's back: only a database lookup could notice.
            await db.ApiKeys.Where(k => k.Id == created.Key.Id).ExecuteDeleteAsync();
        }

        var again = await client.GetAsync("/calls/1/sip-trunks");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Resolve_ShouldRecordLastUsedAt_WhenKeyFirstUsed()
    {
        var created = await Keys.CreateAsync(TestActor, factory.AccountA, "used");
        Assert.Null(created.Key.LastUsedAt);

        await factory.ClientFor(created.PlainKey).GetAsync("/calls/1/sip-trunks");

        Assert.NotNull((await Keys.ListAsync(factory.AccountA)).Single(k => k.Id == created.Key.Id).LastUsedAt);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task SeedApiKey_ShouldDoNothing_WhenKeyAlreadySeeded()
    {
        await Keys.SeedApiKeyAsync(factory.AccountA, "ci-script", ApiFactory.KeyA);

        Assert.Single(await Keys.ListAsync(factory.AccountA), k => k.Name == "ci-script");
    }
}
