using System.Text.RegularExpressions;
using TrunkPortal.Domain.Credentials;

namespace TrunkPortal.Tests.Domain.Credentials;

public class SecretGeneratorTests
{
    private const int Draws = 2000;
    private readonly SecretGenerator _generator = new();

    [Fact]
    [Trait("Rule", "G1")]
    public void NewUsername_ShouldBeUniqueLowerCaseUuids_WhenDrawnManyTimes()
    {
        var usernames = Enumerable.Range(0, Draws).Select(_ => _generator.NewUsername()).ToList();

        Assert.All(usernames, u => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", u));
        Assert.All(usernames, u => Assert.True(Guid.TryParse(u, out _)));
        Assert.Equal(Draws, usernames.Distinct().Count());
    }

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "G2")]
    [Trait("Rule", "A2")]
    public void NewPassword_ShouldBeUniqueUnambiguousAndMixed_WhenDrawnManyTimes()
    {
        var passwords = Enumerable.Range(0, Draws).Select(_ => _generator.NewPassword()).ToList();

        Assert.All(passwords, p => Assert.Matches("^[A-HJ-NP-Za-km-np-z2-9]{20}$", p));
        Assert.All(passwords, p => Assert.DoesNotMatch("[0O1lIo]", p));
        Assert.All(passwords, p => Assert.Matches("[A-Z]", p));
        Assert.All(passwords, p => Assert.Matches("[a-z]", p));
        Assert.All(passwords, p => Assert.Matches("[0-9]", p));
        Assert.Equal(Draws, passwords.Distinct().Count());
    }

    [Fact]
    [Trait("Rule", "G1")]
    public void NewPassword_ShouldUseTheWholeAlphabetEvenly_WhenDrawnManyTimes()
    {
        var counts = Enumerable.Range(0, Draws).SelectMany(_ => _generator.NewPassword())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        // 40,000 characters over 56 symbols: about 714 each; a bias towards any symbol would leave these bounds.
        Assert.Equal(SecretGenerator.PasswordAlphabet.Order(), counts.Keys.Order());
        Assert.All(counts.Values, n => Assert.InRange(n, 450, 1000));
        Assert.Equal(56, SecretGenerator.PasswordAlphabet.Distinct().Count());
    }

    [Fact]
    [Trait("Rule", "A3")]
    public void NewHeaderValue_ShouldBeUniqueUrlSafeAndAcceptedByThePolicy_WhenDrawnManyTimes()
    {
        var values = Enumerable.Range(0, Draws).Select(_ => _generator.NewHeaderValue()).ToList();

        Assert.All(values, v => Assert.Matches("^[A-Za-z0-9_-]{32}$", v));
        Assert.All(values, v => Assert.Null(HeaderValuePolicy.Problem(v)));
        Assert.Equal(Draws, values.Distinct().Count());
    }

    [Fact]
    [Trait("Rule", "A2")]
    public void NewDigestUsername_ShouldBeUniqueLowerCaseTokens_WhenDrawnManyTimes()
    {
        var usernames = Enumerable.Range(0, Draws).Select(_ => _generator.NewDigestUsername()).ToList();

        Assert.All(usernames, u => Assert.Matches("^ib[a-km-np-z2-9]{16}$", u));
        Assert.Equal(Draws, usernames.Distinct().Count());
        Assert.DoesNotMatch("[A-Z]", string.Concat(usernames));
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void Alphabets_ShouldHoldNoLookAlikes_WhenPasswordsAreReadOffAScreen()
    {
        Assert.DoesNotMatch("[0O1lIo]", SecretGenerator.PasswordAlphabet);
        Assert.DoesNotMatch("[0O1lIo]", SecretGenerator.DigestUsernameAlphabet);
        Assert.True(SecretGenerator.PasswordLength >= 16);
        Assert.Matches(new Regex("^[A-Za-z0-9_-]{64}$"), SecretGenerator.HeaderValueAlphabet);
    }
}
