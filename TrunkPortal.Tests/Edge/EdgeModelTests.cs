using Microsoft.Extensions.Options;
using TrunkPortal.Data;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Edge;
using TrunkPortal.Tests.Domain.Catalog;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Edge;

/// <summary>What the edge must hold for a trunk, and the SipEdge settings the start refuses.</summary>
public sealed class EdgeModelTests
{
    private static readonly CatalogLookup _catalog = new(TestCatalog.Create());

    private static TrunkEntity Registered(string location = "FRANKFURT") => new()
    {
        Id = Guid.NewGuid(),
        Type = TrunkType.Registered,
        Location = location,
        Username = "8f7e8a5c-0000-4000-8000-000000000001",
        PasswordHa1 = "0123456789abcdef0123456789abcdef",
        InviteAuthentication = true,
        AdminStatus = AdminStatus.Enabled,
        ActionStatus = ActionStatus.Success,
    };

    [Fact]
    [Trait("Rule", "E5")]
    public void EdgeTrunk_ShouldBelongOnItsDataCenterAndThePair_OrOnItsOwnWhenStandalone()
    {
        Assert.Equal(["FRANKFURT", "SWEDEN"], EdgeTrunk.From(Registered("FRANKFURT"), _catalog).DataCenters);
        Assert.Equal(["SWEDEN", "FRANKFURT"], EdgeTrunk.From(Registered("SWEDEN"), _catalog).DataCenters);
        Assert.Equal(["BOGOTA"], EdgeTrunk.From(Registered("BOGOTA"), _catalog).DataCenters);
    }

    [Fact]
    [Trait("Rule", "E1")]
    [Trait("Rule", "G3")]
    [Trait("Rule", "G4")]
    public void EdgeTrunk_ShouldCarryOnlyHashes_AndFollowTheAdminStatusAndInviteChallenge()
    {
        var trunk = Registered();
        var edge = EdgeTrunk.From(trunk, _catalog);
        Assert.Equal(new EdgeSubscriber(trunk.Username!, trunk.PasswordHa1!), edge.Subscriber);
        Assert.True(edge.Enabled);
        Assert.True(edge.InviteChallenge);
        Assert.Null(edge.AccessCodeSha256);

        trunk.AdminStatus = AdminStatus.SystemDisabled;
        Assert.False(EdgeTrunk.From(trunk, _catalog).Enabled);

        var authenticated = new TrunkEntity
        {
            Id = Guid.NewGuid(), Type = TrunkType.Authenticated, Location = "FRANKFURT", AdminStatus = AdminStatus.Enabled,
            HeaderValueHash = new string('a', 64), InboundDigestUsername = "ib_abc", InboundDigestHa1 = new string('b', 32),
            InviteAuthentication = true,
        };
        var ai = EdgeTrunk.From(authenticated, _catalog);
        Assert.Equal(new string('a', 64), ai.AccessCodeSha256);
        Assert.Equal("ib_abc", ai.Subscriber!.Username);
        Assert.False(ai.InviteChallenge);
    }

    [Theory]
    [InlineData(ActionStatus.Success, true)]
    [InlineData(ActionStatus.Creating, true)]
    [InlineData(ActionStatus.Reset, true)]
    [InlineData(ActionStatus.Failed, false)]
    [InlineData(ActionStatus.Deleting, false)]
    [Trait("Rule", "T3")]
    public void EdgeTrunk_ShouldNotBeHeld_WhenFailedOrBeingDeleted(ActionStatus action, bool held)
    {
        var trunk = Registered();
        trunk.ActionStatus = action;
        Assert.Equal(held, EdgeTrunk.Holds(trunk));
    }

    [Fact]
    public void Validator_ShouldAcceptSimulatedMode_WithNothingConfigured() =>
        Assert.True(Validate(new SipEdgeOptions()).Succeeded);

    [Fact]
    public void Validator_ShouldAcceptAWellFormedEdge() =>
        Assert.True(Validate(Kamailio(Edge())).Succeeded, string.Join("; ", Validate(Kamailio(Edge())).Failures ?? []));

    [Fact]
    public void Validator_ShouldRefuseKamailioModeWithoutEdges() =>
        Assert.Contains(Validate(new SipEdgeOptions { Mode = SipEdgeMode.Kamailio }).Failures!, f => f.Contains("SipEdge:Edges", StringComparison.Ordinal));

    [Fact]
    public void Validator_ShouldRefuseARealmOtherThanTheOneTheHa1sUse()
    {
        var failures = Validate(Kamailio(Edge() with { Realm = "other.example" })).Failures!;
        Assert.Contains(failures, f => f.Contains("SipEdge:Edges:0:Realm", StringComparison.Ordinal) && f.Contains("sip.voice.infobip.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_ShouldRefuseUnknownAndDoublyServedDataCenters_AndBadAddresses()
    {
        var failures = Validate(Kamailio(
            Edge() with { DataCenters = ["FRANKFURT", "ATLANTIS"] },
            Edge() with { Name = "second", DataCenters = ["FRANKFURT"], RpcUrl = "127.0.0.11:5081", SipAddress = "edge.local" })).Failures!;
        Assert.Contains(failures, f => f.Contains("\"ATLANTIS\" is not a data center", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("FRANKFURT is already served by edge \"frankfurt\"", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("SipEdge:Edges:1:RpcUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("SipEdge:Edges:1:SipAddress", StringComparison.Ordinal));
    }

    private static KamailioEdgeOptions Edge() => new()
    {
        Name = "frankfurt",
        DataCenters = ["FRANKFURT"],
        SipAddress = "127.0.0.10",
        RpcUrl = "http://127.0.0.10:5080/RPC",
        Database = "Host=127.0.0.1;Port=55432;Database=edge_frankfurt",
        Realm = "sip.voice.infobip.com",
    };

    private static SipEdgeOptions Kamailio(params KamailioEdgeOptions[] edges) => new() { Mode = SipEdgeMode.Kamailio, Edges = edges };

    private static ValidateOptionsResult Validate(SipEdgeOptions options) =>
        new SipEdgeOptionsValidator(TestCatalog.Create(), Options.Create(new ProvisioningOptions())).Validate(null, options);
}
