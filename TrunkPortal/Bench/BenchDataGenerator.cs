using Microsoft.EntityFrameworkCore;
using TrunkPortal.Api.Keys;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Bench;

/// <summary>
/// Writes benchmark data straight to the database (no rules, no audit): accounts named <c>bench-NNNNN</c>, each
/// with trunks named after a city, half static and half registered, with the FQDN and username the portal would
/// give them. Deterministic, so two runs search for the same rows.
/// </summary>
public sealed class BenchDataGenerator(IDbContextFactory<AppDbContext> dbFactory, ApiKeyService keys, TimeProvider time)
{
    private const int BatchSize = 5_000;

    private static readonly string[] _cities =
    [
        "Amsterdam", "Berlin", "Bogota", "Cairo", "Dublin", "Frankfurt", "Helsinki", "Lagos", "Lisbon", "London",
        "Madrid", "Mumbai", "Nairobi", "Oslo", "Paris", "Prague", "Sydney", "Tokyo", "Vienna", "Zagreb",
    ];

    private static readonly string[] _locations = ["FRANKFURT", "NEW_YORK", "SAO_PAULO", "SINGAPORE"];

    /// <summary>Accounts that may hold <paramref name="trunksPerAccount"/> trunks, each with a new API key; returns name, id and key.</summary>
    public async Task<IReadOnlyList<BenchAccount>> AddAccountsWithKeysAsync(int count, string prefix, int trunksPerAccount, CancellationToken ct)
    {
        var accounts = await AddAccountsAsync(count, prefix, trunksPerAccount, ct);
        var result = new List<BenchAccount>();
        foreach (var account in accounts)
        {
            var key = await keys.CreateAsync(Actor.System, account.Id, "bench", ct);
            result.Add(new BenchAccount(account.Name, account.Id, key.PlainKey));
        }
        return result;
    }

    /// <summary>Adds accounts after the existing bench accounts, each with its trunks; returns the totals and a sample to search for.</summary>
    public async Task<BenchData> AddAccountsWithTrunksAsync(int accounts, int trunksPerAccount, CancellationToken ct)
    {
        var added = await AddAccountsAsync(accounts, "bench", trunksPerAccount, ct);
        var now = time.GetUtcNow();
        var random = new Random(added.Count == 0 ? 0 : added[0].Name.GetHashCode(StringComparison.Ordinal));
        TrunkEntity? sample = null;
        var batch = new List<TrunkEntity>(BatchSize);
        foreach (var account in added)
        {
            for (var i = 0; i < trunksPerAccount; i++)
            {
                var trunk = NewTrunk(account.Id, i, now, random);
                sample ??= trunk;
                batch.Add(trunk);
                if (batch.Count == BatchSize)
                {
                    await SaveAsync(batch, ct);
                }
            }
        }
        await SaveAsync(batch, ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var first = await db.Trunks.AsNoTracking().Where(t => t.Username != null).OrderBy(t => t.CreatedAt).FirstAsync(ct);
        return new BenchData(await db.Accounts.CountAsync(ct), await db.Trunks.CountAsync(ct), first.AccountId, first.SbcFqdn!, first.Username!, first.Name.Split(' ')[0]);
    }

    private async Task<List<Account>> AddAccountsAsync(int count, string prefix, int trunksPerAccount, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var start = await db.Accounts.CountAsync(a => a.Name.StartsWith(prefix + "-"), ct);
        var now = time.GetUtcNow();
        var accounts = Enumerable.Range(start, count).Select(n => new Account
        {
            Id = Guid.CreateVersion7(now),
            Name = $"{prefix}-{n:D5}",
            CreatedAt = now,
            MeteredActive = true,
            UnlimitedActive = true,
            LimitOverrides = new AccountLimitOverrides { TrunksPerAccount = trunksPerAccount, TrunksPerDataCenter = trunksPerAccount },
        }).ToList();
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync(ct);
        return accounts;
    }

    private static TrunkEntity NewTrunk(Guid accountId, int i, DateTimeOffset now, Random random)
    {
        var id = Guid.CreateVersion7(now.AddMilliseconds(i));
        var registered = i % 2 == 1;
        return new TrunkEntity
        {
            Id = id,
            AccountId = accountId,
            Name = $"{_cities[random.Next(_cities.Length)]} {(registered ? "PBX" : "SBC")} {i:D4}",
            Type = registered ? TrunkType.Registered : TrunkType.Static,
            Location = _locations[random.Next(_locations.Length)],
            ChannelLimit = 10,
            PackageType = BillingPackageType.Metered,
            Codecs = [Codec.Pcmu, Codec.Pcma],
            Dtmf = Dtmf.Rfc2833,
            Fax = Fax.None,
            NumberFormat = NumberFormat.E164,
            Anonymization = Anonymization.None,
            // S6: a source host belongs to one static trunk per data center; the trunk's id makes one of its own.
            SourceHosts = registered ? [] : [new System.Net.IPAddress(id.ToByteArray()).ToString()],
            DestinationHosts = registered ? [] : ["192.0.2.20:5060"],
            Strategy = registered ? null : RoutingStrategy.Failover,
            SbcFqdn = $"{id:D}.eu.sip.voice.infobip.com",
            SrvRecords = [$"_sip._udp.{id:D}.eu.sip.voice.infobip.com"],
            Username = registered ? $"u{random.NextInt64():x16}" : null,
            PasswordHa1 = registered ? new string('0', 32) : null,
            AdminStatus = AdminStatus.Enabled,
            ActionStatus = ActionStatus.Success,
            CreatedAt = now.AddMilliseconds(i),
            Version = Guid.NewGuid(),
        };
    }

    private async Task SaveAsync(List<TrunkEntity> batch, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Trunks.AddRange(batch);
        await db.SaveChangesAsync(ct);
        batch.Clear();
    }
}
