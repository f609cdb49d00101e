using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Components.Shared;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Edge;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>T2, E4: the trunk page's list of registered clients, as the SIP edge reports them.</summary>
public sealed class RegisteredClientsCardTests : MudTestContext
{
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static TrunkView Trunk(string username) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = Guid.NewGuid(),
        Settings = TrunkSettings.From(TestTrunks.Registered("PBX")),
        Sbc = new SbcView(),
        Status = new TrunkStatusView(AdminStatus.Enabled, ActionStatus.Success, null, RegistrationStatus.Registered, 0),
        Username = username,
        CreatedAt = _now,
    };

    [Fact]
    [Trait("Rule", "T2")]
    public void Card_ShouldListEachContactWithItsSourceUserAgentEdgeAndExpiry()
    {
        Services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(_now));
        Services.AddSingleton<ISipEdge>(new FixedEdge(SipEdgeMode.Kamailio,
            new RegisteredContact("frankfurt", "pbx-1", "sip:pbx-1@192.0.2.7:5070", "192.0.2.7:5070", "Asterisk PBX 20", _now.AddSeconds(90))));

        var card = Render<RegisteredClientsCard>(p => p.Add(c => c.Trunk, Trunk("pbx-1")));

        var row = card.Find("[data-testid=registered-clients] tbody tr").TextContent;
        Assert.Contains("sip:pbx-1@192.0.2.7:5070", row, StringComparison.Ordinal);
        Assert.Contains("192.0.2.7:5070", row, StringComparison.Ordinal);
        Assert.Contains("Asterisk PBX 20", row, StringComparison.Ordinal);
        Assert.Contains("frankfurt", row, StringComparison.Ordinal);
        Assert.Contains("12:01:30 UTC (in 90 s)", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_ShouldSayNothingIsRegistered_OrThatTheEdgeIsSimulated()
    {
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ISipEdge>(new FixedEdge(SipEdgeMode.Kamailio));
        Assert.NotNull(Render<RegisteredClientsCard>(p => p.Add(c => c.Trunk, Trunk("pbx-2"))).Find("[data-testid=registered-clients-none]"));
    }

    [Fact]
    public void Card_ShouldSayTheEdgeIsSimulated_WhenItIs()
    {
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ISipEdge>(new FixedEdge(SipEdgeMode.Simulated));
        Assert.Contains("simulated", Render<RegisteredClientsCard>(p => p.Add(c => c.Trunk, Trunk("pbx-3")))
            .Find("[data-testid=registered-clients-simulated]").TextContent, StringComparison.Ordinal);
    }

    private sealed class FixedEdge(SipEdgeMode mode, params RegisteredContact[] contacts) : ISipEdge
    {
        public SipEdgeMode Mode => mode;

        public RegistrationStatus RegistrationOf(string? username) =>
            contacts.Any(c => c.Aor == username) ? RegistrationStatus.Registered : RegistrationStatus.Unregistered;

        public IReadOnlyList<RegisteredContact> ContactsOf(string? username) => [.. contacts.Where(c => c.Aor == username)];

        public int ActiveCallsOf(Guid trunkId) => 0;

        public IReadOnlyList<DestinationHealth> HealthOf(Guid trunkId) => [];

        public IReadOnlyList<ResolvedSource> SourcesOf(Guid trunkId) => [];

        public Task<IReadOnlyList<DestinationProbe>> ProbeAsync(string dataCenter, IReadOnlyList<string> destinationUris, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
