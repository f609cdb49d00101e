using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class RegisteredCredentialsTests
{
    [Fact]
    [Trait("Rule", "R3")]
    [Trait("Rule", "G1")]
    public void ToString_ShouldHideThePassword_WhenInterpolatedIntoALogLine()
    {
        var shown = new RegisteredCredentials("426c8402-691c-11ee-8c99-0242ac120002", "fkZ1921tM87xYz");

        Assert.Equal("RegisteredCredentials { Username = 426c8402-691c-11ee-8c99-0242ac120002, Password = *** }", $"{shown}");
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void ToString_ShouldHideEverySecret_WhenTheIssuedPairIsLogged()
    {
        var issued = new CredentialIssuer(new SecretGenerator(), new FakeSecretProtector(), "realm").IssueRegistered();

        var logged = $"issued {issued}";

        Assert.Contains(issued.Shown.Username, logged);
        Assert.DoesNotContain(issued.Shown.Password, logged);
        Assert.DoesNotContain(issued.Stored.PasswordHa1, logged);
        Assert.Contains("Password = ***", logged);
        Assert.Contains("PasswordHa1 = ***", logged);
    }
}
