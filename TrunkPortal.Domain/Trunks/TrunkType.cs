namespace TrunkPortal.Domain.Trunks;

/// <summary>The trunk <c>type</c> discriminator of the Calls API (STATIC, REGISTERED, PROVIDER, AUTHENTICATED).</summary>
public enum TrunkType
{
    Static,
    Registered,
    Provider,
    Authenticated,
}
