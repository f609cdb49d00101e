using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class HeaderValueHashTests
{
    [Fact]
    [Trait("Rule", "R3")]
    public void Compute_ShouldBeLowerCaseSha256Hex_WhenHashingAHeaderValue()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", HeaderValueHash.Compute("abc"));
    }

    [Fact]
    [Trait("Rule", "A3")]
    public void Verify_ShouldAcceptOnlyTheExactValue_WhenComparingAnIncomingHeader()
    {
        var stored = HeaderValueHash.Compute("My-Access-Code_1");

        Assert.True(HeaderValueHash.Verify("My-Access-Code_1", stored));
        Assert.False(HeaderValueHash.Verify("my-access-code_1", stored));
        Assert.False(HeaderValueHash.Verify("My-Access-Code_1 ", stored));
    }
}
