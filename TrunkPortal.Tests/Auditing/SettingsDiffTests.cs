using TrunkPortal.Auditing;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Auditing;

public class SettingsDiffTests
{
    public static TheoryData<string> SecretMembers() => [.. TrunkFields.All.Where(f => f.Secret).Select(f => f.Member)];

    [Theory]
    [Trait("Rule", "R3")]
    [MemberData(nameof(SecretMembers))]
    public void Between_ShouldMaskTheValue_WhenTheTableMarksTheFieldSecret(string member)
    {
        var info = Assert.IsType<TrunkFieldInfo<string?>>(TrunkFields.All.Single(f => f.Member == member));
        var before = new TrunkRequest { Type = TrunkType.Authenticated, Name = "x" };
        var after = new TrunkRequest { Type = TrunkType.Authenticated, Name = "x" };
        info.Set(before, "old-secret-value");
        info.Set(after, "new-secret-value");

        var changes = SettingsDiff.Between(TrunkSettings.From(before), after);

        var change = Assert.Single(changes);
        Assert.Equal(member, change.Field);
        Assert.True(change.IsSecret);
        Assert.DoesNotContain("secret-value", change.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void SecretMembers_ShouldIncludeTheHeaderValue() => 
        Assert.Contains("HeaderValue", TrunkFields.All.Where(f => f.Secret).Select(f => f.Member));

    [Fact]
    public void Between_ShouldNameTheFieldByItsMember_WhenAPlainFieldChanges()
    {
        var before = new TrunkRequest { Name = "x", ChannelLimit = 10 };
        var after = new TrunkRequest { Name = "x", ChannelLimit = 20 };

        Assert.Equal("ChannelLimit: 10 → 20", Assert.Single(SettingsDiff.Between(TrunkSettings.From(before), after)).Describe());
    }
}
