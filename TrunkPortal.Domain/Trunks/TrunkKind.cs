namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// What a trunk is, as far as the rules care: the API <see cref="TrunkType"/> plus, for PROVIDER trunks,
/// the provider. Rule F1's field matrix is keyed by this.
/// </summary>
public readonly record struct TrunkKind(TrunkType Type, ProviderType? Provider = null)
{
    public static TrunkKind Static => new(TrunkType.Static);
    public static TrunkKind Registered => new(TrunkType.Registered);
    public static TrunkKind Authenticated => new(TrunkType.Authenticated);
    public static TrunkKind Of(ProviderType provider) => new(TrunkType.Provider, provider);

    public override string ToString() => Provider is { } p ? $"{Type}/{p}" : Type.ToString();
}
