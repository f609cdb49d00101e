using TrunkPortal.Components.Shared;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Components.Pages.Trunks.Create;

/// <summary>
/// The wizard's mutable state: the request every step edits (the same shape the API fills), plus what only
/// the wizard needs to remember (the chosen AI preset, the Genesys login URL as typed).
/// </summary>
public sealed class TrunkDraft
{
    public TrunkRequest Request { get; private set; } = NewRequest(TrunkKind.Static);

    public AiPlatform Preset { get; set; } = AiPlatform.ElevenLabs;

    public string? GenesysLoginUrl { get; set; }

    /// <summary>A source host typed at the IP step and not added yet.</summary>
    public HostInput SourceInput { get; } = HostInput.Source();

    /// <summary>A destination host typed at the IP step and not added yet.</summary>
    public HostInput DestinationInput { get; } = HostInput.Destination();

    /// <summary>
    /// Next at the IP step: a host typed and not added joins its list when it is valid; when it is not, the step
    /// stays open with the input's message and the text as typed (false).
    /// </summary>
    public bool AddTypedHosts()
    {
        var sourcesAdded = AddTyped(SourceInput, Request.SourceHosts, hosts => Request.SourceHosts = hosts);
        var destinationsAdded = AddTyped(DestinationInput, Request.DestinationHosts, hosts => Request.DestinationHosts = hosts);
        return sourcesAdded && destinationsAdded;
    }

    private static bool AddTyped(HostInput input, List<string>? hosts, Action<List<string>> set)
    {
        if (input.IsEmpty)
        {
            return true;
        }
        if (input.TryAdd(hosts ?? []) is not { } added)
        {
            return false;
        }
        set(added);
        return true;
    }

    /// <summary>Set when the wizard edits an existing trunk (F5: only editable fields change).</summary>
    public Guid? EditedTrunkId { get; init; }

    public bool IsEdit => EditedTrunkId is not null;

    public TrunkKind Kind => Request.Kind;

    public bool IsStatic => Request.Type == TrunkType.Static;

    /// <summary>A different provider: keep what the new kind shares (name, plan, channels, location), clear the rest (F1).</summary>
    public void Choose(TrunkKind kind)
    {
        if (kind == Kind)
        {
            return;
        }
        var next = NewRequest(kind);
        next.Name = Request.Name;
        next.ChannelLimit = Request.ChannelLimit;
        next.BillingPackage = Request.BillingPackage;
        next.Location = Request.Location;
        next.InternationalCallsAllowed = Request.InternationalCallsAllowed;
        Request = next;
        if (kind == TrunkKind.Authenticated)
        {
            ApplyPreset(Preset);
        }
    }

    public void ApplyPreset(AiPlatform platform)
    {
        Preset = platform;
        var fqdn = AuthenticatedPresets.For(platform).RemoteFqdn;
        if (fqdn is not null || AuthenticatedPresets.Match(Request.RemoteFqdn).Platform != AiPlatform.Other)
        {
            Request.RemoteFqdn = fqdn;
        }
    }

    public static TrunkDraft ForEdit(Guid trunkId, TrunkRequest settings)
    {
        var draft = new TrunkDraft { EditedTrunkId = trunkId };
        draft.Request = settings;
        if (settings.Type == TrunkType.Authenticated)
        {
            draft.Preset = AuthenticatedPresets.Match(settings.RemoteFqdn).Platform;
        }
        return draft;
    }

    /// <summary>A new request of <paramref name="kind"/> with the wizard's starting values; fields the kind lacks stay null (F1).</summary>
    private static TrunkRequest NewRequest(TrunkKind kind)
    {
        var request = new TrunkRequest
        {
            Type = kind.Type,
            Provider = kind.Provider,
            ChannelLimit = 10,
            InternationalCallsAllowed = false,
            BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
            Codecs = [Codec.Pcmu, Codec.Pcma],
            SourceHosts = [],
            DestinationHosts = [],
        };
        TrunkDefaults.ApplyCreateDefaults(request);
        FieldMatrix.ClearInapplicable(request);
        return request;
    }
}
