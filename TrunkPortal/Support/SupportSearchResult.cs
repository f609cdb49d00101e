using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Support;

/// <summary>One trunk found by the support console, with the account it belongs to.</summary>
public sealed record SupportSearchResult(
    Guid TrunkId,
    string TrunkName,
    TrunkType Type,
    ProviderType? Provider,
    string Location,
    Guid AccountId,
    string AccountName,
    string? Username,
    string? Fqdn,
    AdminStatus AdminStatus,
    ActionStatus ActionStatus);
