using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class AuthenticatedCredentialsTests
{
    [Fact]
    [Trait("Rule", "R3")]
    [Trait("Rule", "A4")]
    public void ToString_ShouldHideSecretsAndShowUsernames_WhenInterpolatedIntoALogLine()
    {
        var shown = new AuthenticatedCredentials("header-secret-1", "in-user", "in-secret-2", "out-user", "out-secret-3");

        Assert.Equal(
            "AuthenticatedCredentials { HeaderValue = ***, InboundDigestUsername = in-user, InboundDigestPassword = ***, "
            + "OutboundDigestUsername = out-user, OutboundDigestPassword = *** }",
            $"{shown}");
    }

    [Fact]
    [Trait("Rule", "R3")]
    [Trait("Rule", "A2")]
    public void ToString_ShouldSayNull_WhenDigestIsOff()
    {
        var shown = new AuthenticatedCredentials("header-secret-1", null, null, "out-user", "out-secret-3");

        Assert.Contains("InboundDigestUsername = null, InboundDigestPassword = null", shown.ToString());
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void ToString_ShouldHideEverySecret_WhenTheIssuedPairIsLogged()
    {
        var issued = new CredentialIssuer(new SecretGenerator(), new FakeSecretProtector(), "realm")
            .IssueAuthenticated(null, digestEnabled: true);

        var logged = $"issued {issued}";

        string?[] secrets =
        [
            issued.Shown.HeaderValue, issued.Shown.InboundDigestPassword, issued.Shown.OutboundDigestPassword,
            issued.Stored.HeaderValueHash, issued.Stored.InboundDigestHa1, issued.Stored.OutboundDigestPasswordProtected,
        ];
        Assert.All(secrets, s => Assert.DoesNotContain(s!, logged));
        Assert.Contains(issued.Shown.OutboundDigestUsername, logged);
    }
}
