using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class HeaderValuePolicyTests
{
    [Theory]
    [Trait("Rule", "A3")]
    [InlineData(8)]
    [InlineData(128)]
    public void Problem_ShouldBeNull_WhenLengthIsAtABoundary(int length)
    {
        Assert.Null(HeaderValuePolicy.Problem(new string('x', length)));
    }

    [Theory]
    [Trait("Rule", "A3")]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(129)]
    public void Problem_ShouldNameTheAcceptedLength_WhenLengthIsOutside(int length)
    {
        var problem = HeaderValuePolicy.Problem(new string('x', length));

        Assert.Equal($"The header value has {length} characters; it must have 8 to 128. Leave it empty to have one generated.", problem);
    }

    [Theory]
    [Trait("Rule", "A3")]
    [InlineData("abc defgh", "a space")]
    [InlineData("abc\tdefgh", "the control character U+0009")]
    [InlineData("abc\0defgh", "the control character U+0000")]
    [InlineData("abcdéfgh", "the character 'é' (U+00E9)")]
    [InlineData("abcdefgh\u007f", "the control character U+007F")]
    [InlineData("abcdefgh\U0001F600", "the character '\U0001F600' (U+1F600)")]
    public void Problem_ShouldNameTheCharacter_WhenNotPrintableAscii(string value, string named)
    {
        var problem = HeaderValuePolicy.Problem(value);

        Assert.NotNull(problem);
        Assert.Contains($"contains {named}", problem);
        Assert.Contains("printable ASCII", problem);
    }

    [Fact]
    [Trait("Rule", "A3")]
    public void Problem_ShouldBeNull_WhenEveryPrintableAsciiSymbolIsUsed()
    {
        var everyPrintable = new string(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).ToArray());

        Assert.Null(HeaderValuePolicy.Problem(everyPrintable));
    }
}
