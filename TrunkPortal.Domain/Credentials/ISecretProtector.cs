namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// R3: reversible encryption at rest for secrets the platform must present later (the outbound DIGEST
/// password). The web app implements it with ASP.NET Core Data Protection; the domain only names it.
/// </summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
