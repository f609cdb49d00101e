namespace TrunkPortal.Api.Keys;

/// <summary>The answer to a create: <see cref="PlainKey"/> exists only here and is never stored (R3).</summary>
public sealed record CreatedApiKey(ApiKeySummary Key, string PlainKey)
{
    public override string ToString() => $"CreatedApiKey {{ Key = {Key}, PlainKey = (hidden) }}";
}
