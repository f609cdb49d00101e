using System.Text;
using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

/// <summary>Stands in for ASP.NET Core Data Protection: reversible, and never equal to the clear text.</summary>
internal sealed class FakeSecretProtector : ISecretProtector
{
    private const string Prefix = "protected:";

    public string Protect(string secret) => Prefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));

    public string Unprotect(string protectedSecret) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(protectedSecret[Prefix.Length..]));
}
