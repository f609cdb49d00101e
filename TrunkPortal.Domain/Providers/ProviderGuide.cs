using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Providers;

/// <summary>What the trunk page and the wizard tell people about a provider trunk (P1-P4): notes and setup steps.</summary>
public sealed record ProviderGuide(
    ProviderType Provider,
    string DisplayName,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Steps);
