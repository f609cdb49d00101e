using TrunkPortal.Tests.Edge;

namespace TrunkPortal.E2E.Infrastructure;

/// <summary>
/// A third app, in SipEdge:Mode=Kamailio against the local edge that edge/start.sh runs (./test.sh starts it), as
/// `dotnet run --launch-profile edge` would: a PBX (sipp) really registers with what the dialog shows.
/// </summary>
public sealed class EdgePortalFixture : PortalAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["SipEdge:SettingsFile"] = Path.Combine(EdgeTools.RepositoryRoot, "appsettings.Edge.json"),
        ["SipEdge:RegistrationPollInterval"] = "00:00:00.500",
    };
}

/// <summary>Runs in parallel with the other collections: its own app, port and database file.</summary>
[CollectionDefinition(Name)]
public sealed class EdgePortalCollection : ICollectionFixture<EdgePortalFixture>
{
    public const string Name = "sip-edge";
}
