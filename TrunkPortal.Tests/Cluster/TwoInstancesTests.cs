using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Cluster;

/// <summary>
/// Two instances on one PostgreSQL database (plan 0014, 3.2.2 and 3.2.5): what one writes, the other's cache and
/// status feed hear through the trunk trigger's NOTIFY, also after its listening connection was killed; limits hold
/// across both; they share the key ring; and they start together without seeding twice.
/// </summary>
[Trait("Db", "Cluster")]
public sealed partial class TwoInstancesTests
{
    [PostgresFact]
    public async Task List_ShouldShowOnB_WhatACreated_WhenBsCacheWasWarm()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        await cluster.StartAsync();
        await TwoInstances.WaitForListenerAsync(cluster.B);
        using var a = cluster.A.CreateApiClient();
        using var b = cluster.B.CreateApiClient();
        var before = await ListedIdsAsync(b);

        var id = await CreatedIdAsync(await a.PostAsync("/calls/1/sip-trunks", TwoInstances.StaticTrunk("Made on A", "10.60.0.1")));

        Assert.DoesNotContain(id, before);
        await Eventually.TrueAsync(async () => (await ListedIdsAsync(b)).Contains(id), "B lists the trunk A created", seconds: 5);
    }

    [PostgresFact]
    public async Task Feed_ShouldTellBsSubscriber_WhenATrunkChangesOnA()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        await cluster.StartAsync();
        await TwoInstances.WaitForListenerAsync(cluster.B);
        var acme = await AcmeAsync(cluster.B);
        var heard = new ConcurrentQueue<TrunkStatusChanged>();
        using var subscription = cluster.B.Services.GetRequiredService<ITrunkStatusFeed>()
            .Subscribe(acme, change => { heard.Enqueue(change); return Task.CompletedTask; });
        using var a = cluster.A.CreateApiClient();

        var id = await CreatedIdAsync(await a.PostAsync("/calls/1/sip-trunks", TwoInstances.StaticTrunk("Heard on B", "10.60.0.2")));

        await Eventually.TrueAsync(() => Task.FromResult(heard.Any(c => c.TrunkId == id)), "B's subscriber hears A's create");
        // A's provisioner completes the action; B hears that too.
        await Eventually.TrueAsync(
            () => Task.FromResult(heard.Any(c => c.TrunkId == id && c.Status.Action == TrunkPortal.Domain.Status.ActionStatus.Success)),
            "B's subscriber hears A's provisioner complete the action", seconds: 30);
    }

    [PostgresFact]
    public async Task Listener_ShouldCatchUpAndResync_WhenItsConnectionWasKilled()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        await cluster.StartAsync();
        await TwoInstances.WaitForListenerAsync(cluster.B);
        var acme = await AcmeAsync(cluster.B);
        using var a = cluster.A.CreateApiClient();
        using var b = cluster.B.CreateApiClient();
        var existing = await CreatedIdAsync(await a.PostAsync("/calls/1/sip-trunks", TwoInstances.StaticTrunk("Made before", "10.60.0.4")));
        // Settled (provisioned) before B subscribes: from here on only the resync publishes it.
        await Eventually.TrueAsync(async () => await ActionOfAsync(b, existing) == "SUCCESS", "the first trunk is provisioned", seconds: 30);
        var heard = new ConcurrentQueue<TrunkStatusChanged>();
        using var subscription = cluster.B.Services.GetRequiredService<ITrunkStatusFeed>()
            .Subscribe(acme, change => { heard.Enqueue(change); return Task.CompletedTask; });

        var killed = await cluster.ScalarAsync(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'trunkportal/B/listen'");
        var id = await CreatedIdAsync(await a.PostAsync("/calls/1/sip-trunks", TwoInstances.StaticTrunk("Made while B was deaf", "10.60.0.3")));

        Assert.Equal(1, killed);
        await TwoInstances.WaitForListenerAsync(cluster.B, times: 2);
        Assert.Contains(id, await ListedIdsAsync(b));
        // The resync publishes every live trunk of the account, also one nobody changed.
        await Eventually.TrueAsync(() => Task.FromResult(heard.Any(c => c.TrunkId == existing)), "B's feed resyncs after the reconnect");
        Assert.False(cluster.B.Services.GetRequiredService<AccountTrunkCache>().IsSuspended);
    }

    [PostgresFact]
    public async Task Trigger_ShouldNotifyOnlyCommittedChanges_WhenARollbackAndANoOpUpdateComeFirst()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        await cluster.StartAsync();
        await using var listener = new NpgsqlConnection(cluster.ConnectionString);
        await listener.OpenAsync();
        var payloads = new ConcurrentQueue<string>();
        listener.Notification += (_, e) => payloads.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresTrunkChanges.ChannelName}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var id = (await cluster.ScalarTextAsync("""SELECT min("Id"::text) FROM "Trunks" """))!;
        await using (var writer = new NpgsqlConnection(cluster.ConnectionString))
        {
            await writer.OpenAsync();
            await using (var rolledBack = await writer.BeginTransactionAsync())
            {
                await UpdateAsync(writer, id, "\"Name\" || ' rolled back'");
                await rolledBack.RollbackAsync();
            }
            await UpdateAsync(writer, id, "\"Name\"");
            await UpdateAsync(writer, id, "\"Name\" || ' committed'");
        }
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (payloads.IsEmpty && DateTime.UtcNow < deadline)
        {
            await listener.WaitAsync(TimeSpan.FromMilliseconds(200));
        }
        // Notifications arrive in commit order: once the committed one is here, an earlier one would have been too.
        await listener.WaitAsync(TimeSpan.FromMilliseconds(300));

        var payload = JsonDocument.Parse(Assert.Single(payloads)).RootElement;
        Assert.Equal(id, payload.GetProperty("t").GetString());
        Assert.Equal((await AcmeOrLegacyOfAsync(cluster, id)).ToString(), payload.GetProperty("a").GetString());
        Assert.Equal("test", payload.GetProperty("from").GetString());
    }

    [PostgresFact]
    [Trait("Rule", "L1")]
    [Trait("Rule", "L6")]
    public async Task Create_ShouldCreateExactlyTheFreeSlots_WhenTwentyCreatesRunInParallelOnTwoInstances()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        await cluster.StartAsync();
        var acme = await AcmeAsync(cluster.A);
        var live = await cluster.ScalarAsync($"""SELECT count(*) FROM "Trunks" WHERE "AccountId" = '{acme}' AND "DeletedAt" IS NULL""");
        var limit = live + 7;
        await cluster.ExecuteAsync($"""
            UPDATE "Accounts" SET "LimitOverrides_TrunksPerAccount" = {limit}, "LimitOverrides_TrunksPerDataCenter" = 1000,
                "LimitOverrides_DataCentersPerAccount" = 100 WHERE "Id" = '{acme}'
            """);
        using var a = cluster.A.CreateApiClient();
        using var b = cluster.B.CreateApiClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var response = await (i % 2 == 0 ? a : b).PostAsync("/calls/1/sip-trunks", TwoInstances.StaticTrunk($"Parallel {i}", $"10.61.0.{i + 1}"));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })));

        Assert.Equal(7, answers.Count(r => r.StatusCode == HttpStatusCode.Accepted));
        var refused = answers.Where(r => r.StatusCode != HttpStatusCode.Accepted).ToList();
        Assert.Equal(13, refused.Count);
        Assert.All(refused, r =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains($"and the limit is {limit} per account", r.Body, StringComparison.Ordinal);
        });
        Assert.Equal(limit, await cluster.ScalarAsync($"""SELECT count(*) FROM "Trunks" WHERE "AccountId" = '{acme}' AND "DeletedAt" IS NULL"""));
    }

    [PostgresFact]
    [Trait("Rule", "R3")]
    public async Task KeyRing_ShouldBeShared_WhenAProtectsAndBReads()
    {
        await using var cluster = await TwoInstances.CreateAsync();
        await cluster.StartAsync();
        var protectedByA = cluster.A.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("TwoInstancesTests").Protect("from A");

        Assert.Equal("from A", cluster.B.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("TwoInstancesTests").Unprotect(protectedByA));

        var cookies = await SignedInCookiesAsync(cluster.A, "admin@acme.test", "Acme-Demo-Pass-2026!");
        using var b = cluster.B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/trunks");
        request.Headers.Add("Cookie", cookies);
        var page = await b.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [PostgresFact]
    public async Task Start_ShouldSeedOnceAndMakeOneKey_WhenTwoInstancesStartTogetherOnAnEmptyDatabase()
    {
        await using var cluster = await TwoInstances.CreateAsync();

        await cluster.StartAsync();

        await using var db = await cluster.A.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(["acme", "legacy"], await db.Accounts.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync());
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        using var a = cluster.A.CreateApiClient();
        using var b = cluster.B.CreateApiClient();
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/health")).StatusCode);
    }

    private static async Task UpdateAsync(NpgsqlConnection connection, string trunkId, string name)
    {
        await using var command = new NpgsqlCommand($"""UPDATE "Trunks" SET "Name" = {name} WHERE "Id" = '{trunkId}'""", connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<Guid> AcmeAsync(PortalAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Accounts.Where(a => a.Name == "acme").Select(a => a.Id).SingleAsync();
    }

    private static async Task<Guid> AcmeOrLegacyOfAsync(TwoInstances cluster, string trunkId)
    {
        await using var db = await cluster.A.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var id = Guid.Parse(trunkId);
        return await db.Trunks.Where(t => t.Id == id).Select(t => t.AccountId).SingleAsync();
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage created)
    {
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, $"{(int)created.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<string?> ActionOfAsync(HttpClient client, Guid trunkId)
    {
        var body = await client.GetStringAsync($"/calls/1/sip-trunks/{trunkId}/status");
        return JsonDocument.Parse(body).RootElement.GetProperty("actionStatus").GetProperty("status").GetString();
    }

    private static async Task<List<Guid>> ListedIdsAsync(HttpClient client)
    {
        var body = await client.GetStringAsync("/calls/1/sip-trunks?limit=100");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("results").EnumerateArray().Select(t => t.GetProperty("id").GetGuid())];
    }

    /// <summary>Signs in on <paramref name="app"/> as a browser would, and returns the cookies it was given (a Cookie header).</summary>
    private static async Task<string> SignedInCookiesAsync(PortalAppFactory app, string email, string password)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await client.GetAsync("/Account/Login");
        var page = await login.Content.ReadAsStringAsync();
        var antiforgery = CookiesOf(login);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
                ["_handler"] = "login",
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = CookiesOf(signedIn);
        Assert.Contains(".AspNetCore.Identity.Application=", cookies, StringComparison.Ordinal);
        return cookies;
    }

    private static string CookiesOf(HttpResponseMessage response) => string.Join("; ",
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
