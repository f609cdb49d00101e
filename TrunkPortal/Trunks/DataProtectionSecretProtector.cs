using Microsoft.AspNetCore.DataProtection;
using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Trunks;

/// <summary>
/// R3: secrets the platform must present again later (the outbound DIGEST password) are encrypted at rest
/// with ASP.NET Core Data Protection. Its keys live in the database, so every instance can read them.
/// </summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("TrunkPortal.Trunks.OutboundDigestPassword.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
