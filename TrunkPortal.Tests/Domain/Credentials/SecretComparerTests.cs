using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class SecretComparerTests
{
    [Fact]
    [Trait("Rule", "R3")]
    public void FixedTimeEquals_ShouldBeTrue_WhenEqual()
    {
        Assert.True(SecretComparer.FixedTimeEquals("939e7578ed9e3c518a452acee763bce9", "939e7578ed9e3c518a452acee763bce9"));
        Assert.True(SecretComparer.FixedTimeEquals("", ""));
    }

    [Theory]
    [Trait("Rule", "R3")]
    [InlineData("939e7578ed9e3c518a452acee763bce9", "939e7578ed9e3c518a452acee763bce8")]
    [InlineData("839e7578ed9e3c518a452acee763bce9", "939e7578ed9e3c518a452acee763bce9")]
    [InlineData("939e7578ed9e3c518a452acee763bce9", "939E7578ED9E3C518A452ACEE763BCE9")]
    [InlineData("939e7578ed9e3c518a452acee763bce9", "939e7578ed9e3c518a452acee763bce")]
    [InlineData("abc", "")]
    [InlineData("abc", null)]
    [InlineData(null, null)]
    public void FixedTimeEquals_ShouldBeFalse_WhenTheyDifferAnywhere(string? left, string? right)
    {
        Assert.False(SecretComparer.FixedTimeEquals(left, right));
    }
}
