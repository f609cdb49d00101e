using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public sealed class TrunkNamesTests
{
    [Theory]
    [Trait("Rule", "F3")]
    [InlineData("Berlin PBX", " berlin pbx ")]
    [InlineData("Zürich", "ZÜRICH")]
    [InlineData("École", "école")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("ıi", "İI")]
    [InlineData("a_b", "A_B")]
    [InlineData("Ølstykke", "øLSTYKKE")]
    [InlineData("\U00010428", "\U00010400")]
    public void Key_ShouldBeEqual_ExactlyWhenF3CallsTheNamesTheSame(string a, string b)
    {
        var same = string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(same, TrunkNames.Key(a) == TrunkNames.Key(b));
    }

    [Theory]
    [InlineData("berlin", "BERLIN", "BERLIO")]
    [InlineData(" zü ", "ZÜ", "ZÝ")]
    [InlineData("a_", "A_", "A`")]
    public void PrefixRange_ShouldBoundTheKeysThatStartWithThePrefix_WhenItsLastUnitCanBeRaised(string prefix, string low, string high)
    {
        Assert.Equal((low, high), TrunkNames.PrefixRange(prefix));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\uFFFF")]
    [InlineData("a\uD7FF")]
    [InlineData("\U00010400")]
    public void PrefixRange_ShouldBeNull_WhenNoRangeExists(string prefix)
    {
        Assert.Null(TrunkNames.PrefixRange(prefix));
    }
}
