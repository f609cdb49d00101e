using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrunkPortal.Domain.Status;
using TrunkPortal.Edge;
using TrunkPortal.Tests.Components.Trunks;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Edge;

/// <summary>
/// E2, T3 without Kamailio: the provisioner against an edge that answers or does not on command, with an apply
/// timeout of one second. The real edge's side of the same is in <see cref="EdgeLifecycleTests"/>.
/// </summary>
public sealed class ProvisionerEdgeFailureTests : IAsyncLifetime
{
    private static readonly Actor _admin = new(ActorKind.User, "user-1", "Admin", "127.0.0.1");
    private readonly ScriptedEdge _edge = new();
    private readonly PortalAppFactory _app;
    private Guid _account;

    public ProvisionerEdgeFailureTests() => _app = new PortalAppFactory(
        settings: new Dictionary<string, string?> { ["SipEdge:ApplyTimeout"] = "00:00:01" },
        configureServices: services =>
        {
            services.RemoveAll<ISipEdgeProvisioning>();
            services.AddSingleton<ISipEdgeProvisioning>(_edge);
        });

    private ITrunkService Trunks => _app.Services.GetRequiredService<ITrunkService>();

    public async Task InitializeAsync()
    {
        _ = _app.Server;
        _account = await AcmeAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    [Trait("Rule", "E2")]
    [Trait("Rule", "T3")]
    public async Task Create_ShouldEndFailedWithTheEdgesReason_WhenTheEdgeDoesNotAnswerWithinTheTimeout()
    {
        _edge.Down = "The SIP edge of FRANKFURT (frankfurt) did not answer: connection refused";
        var created = await Trunks.CreateAsync(_admin, _account, TestTrunks.Registered($"Down {Guid.NewGuid():N}"));

        var status = await WaitAsync(created.Value!.Trunk.Id, s => s.Action != ActionStatus.Creating);

        Assert.Equal(ActionStatus.Failed, status.Action);
        Assert.Equal(_edge.Down, status.Reason);
        Assert.True(_edge.Applies > 1, "the provisioner retries before it gives up");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Create_ShouldSucceed_WhenTheEdgeAnswersAgainWithinTheTimeout()
    {
        _edge.Down = "The SIP edge of FRANKFURT (frankfurt) did not answer";
        var created = await Trunks.CreateAsync(_admin, _account, TestTrunks.Registered($"Flaky {Guid.NewGuid():N}"));
        await Task.Delay(300);
        _edge.Down = null;

        var status = await WaitAsync(created.Value!.Trunk.Id, s => s.Action != ActionStatus.Creating);

        Assert.Equal(ActionStatus.Success, status.Action);
        Assert.Null(status.Reason);
    }

    [Fact]
    [Trait("Rule", "E2")]
    [Trait("Rule", "T3")]
    public async Task Edit_ShouldEndResetWithThePreviousSettingsRestored_AndDeleteShouldKeepRetrying()
    {
        var name = $"Kept {Guid.NewGuid():N}";
        var created = await Trunks.CreateAsync(_admin, _account, TestTrunks.Registered(name));
        var id = created.Value!.Trunk.Id;
        await WaitAsync(id, s => s.Action == ActionStatus.Success);

        _edge.Down = "The SIP edge of SWEDEN (sweden) did not answer";
        var edit = TestTrunks.Registered($"Renamed {Guid.NewGuid():N}");
        Assert.True((await Trunks.UpdateAsync(_admin, _account, id, edit)).Succeeded);
        var reset = await WaitAsync(id, s => s.Action != ActionStatus.Updating);
        Assert.Equal(ActionStatus.Reset, reset.Action);
        Assert.Equal(_edge.Down, reset.Reason);
        Assert.Equal(name, (await Trunks.GetAsync(_account, id))!.Settings.Name);

        Assert.True((await Trunks.DeleteAsync(_admin, _account, id)).Succeeded);
        await Task.Delay(2000);
        Assert.Equal(ActionStatus.Deleting, (await Trunks.GetStatusAsync(_account, id)).Value!.Action);
        _edge.Down = null;
        for (var i = 0; i < 100 && await Trunks.GetAsync(_account, id) is not null; i++)
        {
            await Task.Delay(50);
        }
        Assert.Null(await Trunks.GetAsync(_account, id));
        Assert.Contains(id, _edge.Removed);
    }

    private async Task<TrunkStatusView> WaitAsync(Guid id, Func<TrunkStatusView, bool> done)
    {
        TrunkStatusView status = null!;
        for (var i = 0; i < 200; i++)
        {
            status = (await Trunks.GetStatusAsync(_account, id)).Value!;
            if (done(status))
            {
                return status;
            }
            await Task.Delay(50);
        }
        return status;
    }

    private async Task<Guid> AcmeAsync()
    {
        await using var db = await _app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TrunkPortal.Data.AppDbContext>>().CreateDbContextAsync();
        return db.Accounts.Single(a => a.Name == "acme").Id;
    }

    /// <summary>An edge that answers, or fails with <see cref="Down"/> as its reason.</summary>
    private sealed class ScriptedEdge : ISipEdgeProvisioning
    {
        public volatile string? Down;
        private int _applies;

        public int Applies => _applies;

        public List<Guid> Removed { get; } = [];

        public TimeSpan ActionDelay => TimeSpan.Zero;

        public IReadOnlyList<EdgeDescription> Edges => [];

        public Task ApplyAsync(EdgeTrunk trunk, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _applies);
            return Down is { } reason ? throw new SipEdgeUnavailableException(reason) : Task.CompletedTask;
        }

        public Task RemoveAsync(EdgeTrunk trunk, CancellationToken cancellationToken)
        {
            if (Down is { } reason)
            {
                throw new SipEdgeUnavailableException(reason);
            }
            lock (Removed)
            {
                Removed.Add(trunk.TrunkId);
            }
            return Task.CompletedTask;
        }

        public Task<ReconcileResult> ReconcileAsync(string edgeName, IReadOnlyList<EdgeTrunk> liveTrunks, CancellationToken cancellationToken) =>
            Task.FromResult(new ReconcileResult(edgeName, liveTrunks.Count, 0, 0));
    }
}
