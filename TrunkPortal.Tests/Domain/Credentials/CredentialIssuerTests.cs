using TrunkPortal.Domain;
using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class CredentialIssuerTests
{
    private const string Realm = "sip.voice.infobip.com";
    private readonly FakeSecretProtector _protector = new();

    private CredentialIssuer Issuer(ISecretGenerator? generator = null) =>
        new(generator ?? new FakeSecretGenerator(), _protector, Realm);

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "R3")]
    public void IssueRegistered_ShouldShowThePasswordAndStoreOnlyItsHa1_WhenATrunkIsCreated()
    {
        var issued = Issuer().IssueRegistered();

        Assert.Equal(new RegisteredCredentials("user-1", "Password2"), issued.Shown);
        Assert.Equal(new StoredRegisteredCredentials("user-1", DigestHa1.Compute("user-1", Realm, "Password2")), issued.Stored);
        Assert.True(DigestVerifier.Verify("user-1", Realm, "Password2", issued.Stored.PasswordHa1));
    }

    [Fact]
    [Trait("Rule", "G2")]
    public void ResetRegistered_ShouldKeepTheUsernameAndRetireTheOldPassword_WhenReset()
    {
        var issuer = Issuer(new SecretGenerator());
        var first = issuer.IssueRegistered();

        var reset = issuer.ResetRegistered(first.Shown.Username);

        Assert.Equal(first.Shown.Username, reset.Shown.Username);
        Assert.Equal(first.Stored.Username, reset.Stored.Username);
        Assert.NotEqual(first.Shown.Password, reset.Shown.Password);
        Assert.False(DigestVerifier.Verify(reset.Stored.Username, Realm, first.Shown.Password, reset.Stored.PasswordHa1));
        Assert.True(DigestVerifier.Verify(reset.Stored.Username, Realm, reset.Shown.Password, reset.Stored.PasswordHa1));
    }

    [Fact]
    [Trait("Rule", "A3")]
    [Trait("Rule", "R3")]
    public void IssueAuthenticated_ShouldUseTheGivenHeaderValueAsIs_WhenItIsValid()
    {
        var issued = Issuer().IssueAuthenticated("My-Access-Code_1", digestEnabled: false);

        Assert.Equal("My-Access-Code_1", issued.Shown.HeaderValue);
        Assert.Equal(HeaderValueHash.Compute("My-Access-Code_1"), issued.Stored.HeaderValueHash);
    }

    [Theory]
    [Trait("Rule", "A3")]
    [InlineData(null)]
    [InlineData("")]
    public void IssueAuthenticated_ShouldGenerateTheHeaderValue_WhenNoneIsGiven(string? given)
    {
        var issued = Issuer().IssueAuthenticated(given, digestEnabled: false);

        Assert.Equal("header-value-1", issued.Shown.HeaderValue);
        Assert.True(HeaderValueHash.Verify("header-value-1", issued.Stored.HeaderValueHash));
    }

    [Theory]
    [Trait("Rule", "A3")]
    [InlineData("short")]
    [InlineData("has a space")]
    public void IssueAuthenticated_ShouldRefuseWithWhatIsAccepted_WhenTheGivenHeaderValueIsInvalid(string given)
    {
        var ex = Assert.Throws<DomainException>(() => Issuer().IssueAuthenticated(given, digestEnabled: true));

        Assert.Equal("A3", ex.Code);
        Assert.Equal(HeaderValuePolicy.Problem(given), ex.Message);
    }

    [Fact]
    [Trait("Rule", "A2")]
    [Trait("Rule", "A4")]
    [Trait("Rule", "R3")]
    public void IssueAuthenticated_ShouldIssueInboundDigestAndStoreItsHa1_WhenDigestIsOn()
    {
        var issued = Issuer().IssueAuthenticated(null, digestEnabled: true);

        Assert.Equal(new AuthenticatedCredentials("header-value-1", "digest-2", "Password3", "digest-4", "Password5"), issued.Shown);
        Assert.Equal("digest-2", issued.Stored.InboundDigestUsername);
        Assert.True(DigestVerifier.Verify("digest-2", Realm, "Password3", issued.Stored.InboundDigestHa1!));
        Assert.Equal("digest-4", issued.Stored.OutboundDigestUsername);
        Assert.NotEqual("Password5", issued.Stored.OutboundDigestPasswordProtected);
        Assert.Equal("Password5", _protector.Unprotect(issued.Stored.OutboundDigestPasswordProtected));
    }

    [Fact]
    [Trait("Rule", "A2")]
    public void IssueAuthenticated_ShouldIssueNoInboundDigest_WhenDigestIsOff()
    {
        var issued = Issuer().IssueAuthenticated(null, digestEnabled: false);

        Assert.Null(issued.Shown.InboundDigestUsername);
        Assert.Null(issued.Shown.InboundDigestPassword);
        Assert.Null(issued.Stored.InboundDigestUsername);
        Assert.Null(issued.Stored.InboundDigestHa1);
        Assert.Equal("digest-2", issued.Shown.OutboundDigestUsername);
    }

    [Fact]
    [Trait("Rule", "A4")]
    public void ResetAuthenticated_ShouldRegenerateEverySecret_WhenTheUserHadChosenTheHeaderValue()
    {
        var issuer = Issuer(new SecretGenerator());
        var first = issuer.IssueAuthenticated("My-Access-Code_1", digestEnabled: true).Shown;

        var reset = issuer.ResetAuthenticated(digestEnabled: true).Shown;

        Assert.NotEqual(first.HeaderValue, reset.HeaderValue);
        Assert.NotEqual(first.InboundDigestUsername, reset.InboundDigestUsername);
        Assert.NotEqual(first.InboundDigestPassword, reset.InboundDigestPassword);
        Assert.NotEqual(first.OutboundDigestUsername, reset.OutboundDigestUsername);
        Assert.NotEqual(first.OutboundDigestPassword, reset.OutboundDigestPassword);
        Assert.NotNull(reset.InboundDigestPassword);
    }

    [Theory]
    [Trait("Rule", "R3")]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_ShouldRefuse_WhenTheRealmIsNotConfigured(string realm)
    {
        Assert.Throws<ArgumentException>(() => new CredentialIssuer(new FakeSecretGenerator(), _protector, realm));
    }
}
