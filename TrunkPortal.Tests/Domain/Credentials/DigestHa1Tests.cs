using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class DigestHa1Tests
{
    [Fact]
    [Trait("Rule", "R3")]
    public void Compute_ShouldMatchTheRfc2617Example_WhenMd5()
    {
        var ha1 = DigestHa1.Compute("Mufasa", "testrealm@host.com", "Circle Of Life");

        Assert.Equal("939e7578ed9e3c518a452acee763bce9", ha1);
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void Compute_ShouldBeLowerCaseSha256Hex_WhenSha256()
    {
        // Independently: printf '%s' 'Mufasa:http-auth@example.org:Circle of Life' | sha256sum (RFC 7616 §3.9.1 inputs).
        var ha1 = DigestHa1.Compute("Mufasa", "http-auth@example.org", "Circle of Life", DigestAlgorithm.Sha256);

        Assert.Equal("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232", ha1);
    }

    [Theory]
    [Trait("Rule", "R3")]
    [InlineData("Mufasa", "otherrealm", "Circle Of Life")]
    [InlineData("mufasa", "testrealm@host.com", "Circle Of Life")]
    [InlineData("Mufasa", "testrealm@host.com", "Circle of Life")]
    public void Compute_ShouldDiffer_WhenAnyPartDiffers(string username, string realm, string password)
    {
        Assert.NotEqual("939e7578ed9e3c518a452acee763bce9", DigestHa1.Compute(username, realm, password));
    }
}
