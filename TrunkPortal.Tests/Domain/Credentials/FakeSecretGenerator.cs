using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

/// <summary>Numbered, predictable secrets so a test can tell which draw ended up where.</summary>
internal sealed class FakeSecretGenerator : ISecretGenerator
{
    private int _draws;

    public string NewUsername() => $"user-{++_draws}";

    public string NewPassword() => $"Password{++_draws}";

    public string NewHeaderValue() => $"header-value-{++_draws}";

    public string NewDigestUsername() => $"digest-{++_draws}";
}
