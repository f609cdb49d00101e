using System.Collections.Concurrent;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Api;

/// <summary>
/// An in-memory ITrunkService that keeps whatever it is given, so the tests see exactly what the API mapped.
/// Names steer failures: "refuse-me" is refused (L1), "invalid-me" is invalid, "boom" throws.
/// </summary>
public sealed class FakeTrunkService : ITrunkService
{
    public const string RefusalText = "You already have 10 SIP trunks, the most an account may have (limit L1). Delete a trunk you no longer use, or ask Support to raise the limit.";

    private readonly ConcurrentDictionary<Guid, TrunkView> _trunks = new();
    private int _createCount;

    public int CreateCount => _createCount;

    public TrunkRequest? LastCreate { get; private set; }

    public TrunkRequest? LastUpdate { get; private set; }

    public TimeSpan CreateDelay { get; set; } = TimeSpan.Zero;

    public TrunkView Add(Guid accountId, TrunkRequest settings, string? username = null)
    {
        var view = new TrunkView
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            Settings = TrunkSettings.From(settings),
            Sbc = new SbcView
            {
                Primary = ["193.105.74.10:5060"],
                Backup = ["193.105.74.20:5060"],
                Subnets = ["193.105.74.0/24"],
                Fqdn = "abc.fra.sip.voice.infobip.com",
                SrvRecords = ["_sips._tcp.abc.fra.sip.voice.infobip.com SRV 10 100 5061 sbc1.fra"],
                ARecord = "abc.fra.sip.voice.infobip.com A 193.105.74.10",
            },
            Status = new TrunkStatusView(AdminStatus.Enabled, ActionStatus.Creating, null, settings.Type == TrunkType.Registered ? RegistrationStatus.Unregistered : null, 0),
            Username = username,
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
        _trunks[view.Id] = view;
        return view;
    }

    public Task<TrunkPage> ListAsync(Guid accountId, string? nameFilter, int page, int size, CancellationToken cancellationToken = default)
    {
        var all = _trunks.Values.Where(t => t.AccountId == accountId && (nameFilter is null || t.Settings.Name.Contains(nameFilter, StringComparison.Ordinal)))
            .OrderBy(t => t.Settings.Name, StringComparer.Ordinal).ToList();
        var results = all.Skip(page * size).Take(size).ToList();
        return Task.FromResult(new TrunkPage(results, page, size, (all.Count + size - 1) / size, all.Count));
    }

    public Task<TrunkView?> GetAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_trunks.TryGetValue(trunkId, out var t) && t.AccountId == accountId ? t : null);

    public async Task<OperationResult<CreatedTrunk>> CreateAsync(Actor actor, Guid accountId, TrunkRequest request, CancellationToken cancellationToken = default)
    {
        LastCreate = request;
        switch (request.Name)
        {
            case "refuse-me":
                return OperationResult<CreatedTrunk>.Refused("L1", RefusalText);
            case "invalid-me":
                return OperationResult<CreatedTrunk>.Invalid([
                    new FieldError("SourceHosts[1]", "'10.0.0.1:5060' is not accepted: a source host has no port."),
                    new FieldError("RemoteFqdn", "The FQDN is required."),
                    new FieldError("BillingPackage.PackageType", "Choose METERED or UNLIMITED."),
                ]);
            case "boom":
                throw new InvalidOperationException("Secret internal detail at TrunkService.cs:line 42");
        }

        await Task.Delay(CreateDelay, cancellationToken);
        Interlocked.Increment(ref _createCount);
        var view = Add(accountId, request, request.Type == TrunkType.Registered ? "426c8402-691c-11ee-8c99-0242ac120002" : null);
        return OperationResult<CreatedTrunk>.Success(new CreatedTrunk(view, Secrets(view.Settings)));
    }

    public Task<IReadOnlyList<FieldError>> CheckSourceHostsAsync(Guid accountId, TrunkRequest request, Guid? trunkId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FieldError>>([]);

    public Task<OperationResult<TrunkView>> UpdateAsync(Actor actor, Guid accountId, Guid trunkId, TrunkRequest request, CancellationToken cancellationToken = default)
    {
        LastUpdate = request;
        if (!_trunks.TryGetValue(trunkId, out var t) || t.AccountId != accountId)
        {
            return Task.FromResult(OperationResult<TrunkView>.NotFound());
        }

        var updated = t with { Settings = TrunkSettings.From(request) };
        _trunks[trunkId] = updated;
        return Task.FromResult(OperationResult<TrunkView>.Success(updated));
    }

    public Task<OperationResult<TrunkView>> DeleteAsync(Actor actor, Guid accountId, Guid trunkId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_trunks.TryGetValue(trunkId, out var t) && t.AccountId == accountId
            ? OperationResult<TrunkView>.Success(t with { Status = t.Status with { Action = ActionStatus.Deleting } })
            : OperationResult<TrunkView>.NotFound());

    public Task<OperationResult<IssuedSecrets>> ResetCredentialsAsync(Actor actor, Guid accountId, Guid trunkId, CancellationToken cancellationToken = default)
    {
        if (!_trunks.TryGetValue(trunkId, out var t) || t.AccountId != accountId)
        {
            return Task.FromResult(OperationResult<IssuedSecrets>.NotFound());
        }

        return Task.FromResult(t.Settings.Type is TrunkType.Registered or TrunkType.Authenticated
            ? OperationResult<IssuedSecrets>.Success(Secrets(t.Settings)!)
            : OperationResult<IssuedSecrets>.Refused("G2", "Only REGISTERED and AUTHENTICATED SIP trunks have credentials; this one is STATIC."));
    }

    public Task<OperationResult<TrunkStatusView>> GetStatusAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_trunks.TryGetValue(trunkId, out var t) && t.AccountId == accountId
            ? OperationResult<TrunkStatusView>.Success(t.Status)
            : OperationResult<TrunkStatusView>.NotFound());

    public Task<OperationResult<TrunkStatusView>> SetAdminStatusAsync(Actor actor, Guid accountId, Guid trunkId, AdminStatus target, CancellationToken cancellationToken = default)
    {
        if (!_trunks.TryGetValue(trunkId, out var t) || t.AccountId != accountId)
        {
            return Task.FromResult(OperationResult<TrunkStatusView>.NotFound());
        }

        if (target == AdminStatus.SystemDisabled)
        {
            return Task.FromResult(OperationResult<TrunkStatusView>.Refused("T1", "SYSTEM_DISABLED is set by the platform only; choose ENABLED or DISABLED."));
        }

        var status = t.Status with { Admin = target };
        _trunks[trunkId] = t with { Status = status };
        return Task.FromResult(OperationResult<TrunkStatusView>.Success(status));
    }

    private static IssuedSecrets? Secrets(TrunkSettings settings) => settings.Type switch
    {
        TrunkType.Registered => new IssuedSecrets { Type = TrunkType.Registered, Username = "426c8402-691c-11ee-8c99-0242ac120002", Password = "fkZ1921tM87" },
        TrunkType.Authenticated => new IssuedSecrets
        {
            Type = TrunkType.Authenticated,
            HeaderValue = "hv-secret",
            DigestAuthenticationEnabled = true,
            InboundDigestUsername = "in-user",
            InboundDigestPassword = "in-pass",
            RemoteFqdn = settings.RemoteFqdn,
            OutboundDigestUsername = "out-user",
            OutboundDigestPassword = "out-pass",
        },
        _ => null,
    };
}
