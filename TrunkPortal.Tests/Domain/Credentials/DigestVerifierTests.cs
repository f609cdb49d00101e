using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class DigestVerifierTests
{
    private const string StoredHa1 = "939e7578ed9e3c518a452acee763bce9";

    [Fact]
    [Trait("Rule", "R3")]
    public void Verify_ShouldAccept_WhenThePasswordGivesTheStoredHa1()
    {
        Assert.True(DigestVerifier.Verify("Mufasa", "testrealm@host.com", "Circle Of Life", StoredHa1));
    }

    [Theory]
    [Trait("Rule", "R3")]
    [InlineData("Mufasa", "testrealm@host.com", "Circle of Life")]
    [InlineData("Mufasa", "other@host.com", "Circle Of Life")]
    [InlineData("Simba", "testrealm@host.com", "Circle Of Life")]
    [InlineData("Mufasa", "testrealm@host.com", "")]
    public void Verify_ShouldRefuse_WhenUsernameRealmOrPasswordDiffer(string username, string realm, string password)
    {
        Assert.False(DigestVerifier.Verify(username, realm, password, StoredHa1));
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void Verify_ShouldAcceptSha256_WhenStoredWithSha256()
    {
        var stored = DigestHa1.Compute("u", "r", "p", DigestAlgorithm.Sha256);

        Assert.True(DigestVerifier.Verify("u", "r", "p", stored, DigestAlgorithm.Sha256));
        Assert.False(DigestVerifier.Verify("u", "r", "p", stored));
    }
}
