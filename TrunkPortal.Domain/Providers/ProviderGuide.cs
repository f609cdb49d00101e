using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Providers;

/// <summary>What the trunk page and the wizard tell people about a provider trunk (P1-P4): notes and setup steps.</summary>
public sealed record ProviderGuide(
    ProviderType Provider,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Steps)
{
    public string DisplayName => TrunkKinds.Of(TrunkKind.Of(Provider)).DisplayName;
}
