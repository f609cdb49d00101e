using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class TrunkNameValidatorTests
{
    private static readonly Dictionary<string, string> _existing = new() { ["t-1"] = "Main office", ["t-2"] = "Backup" };

    private static TestValidationResult<TrunkRequest> Validate(string name, string? editedTrunkId = null)
    {
        var request = TestRequests.Static();
        request.Name = name;
        return new TrunkNameValidator(TestCatalog.Context(existingNames: _existing, editedTrunkId: editedTrunkId))
            .TestValidate(request);
    }

    [Theory]
    [Trait("Rule", "F3")]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_ShouldRequireAName_WhenEmptyAfterTrimming(string name)
    {
        Validate(name).ShouldHaveValidationErrorFor(x => x.Name)
            .WithErrorMessage("Enter a trunk name (at most 128 characters); it also appears on your invoice.");
    }

    [Theory]
    [Trait("Rule", "F3")]
    [InlineData(1, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Validate_ShouldAcceptNamesOfAtMost128Characters(int length, bool accepted)
    {
        var result = Validate(new string('n', length));

        if (accepted)
        {
            result.ShouldNotHaveValidationErrorFor(x => x.Name);
        }
        else
        {
            result.ShouldHaveValidationErrorFor(x => x.Name)
                .WithErrorMessage("The trunk name has 129 characters; use at most 128.");
        }
    }

    [Fact]
    [Trait("Rule", "F3")]
    public void Validate_ShouldMeasureTheTrimmedName_WhenSurroundedBySpaces()
    {
        Validate("  " + new string('n', 128) + "  ").ShouldNotHaveValidationErrorFor(x => x.Name);
    }

    [Theory]
    [Trait("Rule", "F3")]
    [InlineData("Main office")]
    [InlineData("MAIN OFFICE")]
    [InlineData("  main office ")]
    public void Validate_ShouldRefuseANameTheAccountAlreadyUses_IgnoringCaseAndSpaces(string name)
    {
        Validate(name).ShouldHaveValidationErrorFor(x => x.Name)
            .WithErrorMessage($"You already have a trunk named '{name.Trim()}'; choose another name " +
                "(names are compared ignoring upper and lower case).");
    }

    [Fact]
    [Trait("Rule", "F3")]
    public void Validate_ShouldAcceptTheTrunksOwnName_WhenEditingIt()
    {
        Validate("main office", editedTrunkId: "t-1").ShouldNotHaveValidationErrorFor(x => x.Name);
    }

    [Fact]
    [Trait("Rule", "F3")]
    public void Validate_ShouldRefuseAnotherTrunksName_WhenEditing()
    {
        Validate("Backup", editedTrunkId: "t-1").ShouldHaveValidationErrorFor(x => x.Name);
    }

    [Fact]
    [Trait("Rule", "F3")]
    public void Validate_ShouldAcceptAnyCharacters_BecauseTheNameIsShownVerbatim()
    {
        Validate("<b>Zürich</b> & Co").ShouldNotHaveValidationErrorFor(x => x.Name);
    }
}

/// <summary>F3 counts what a person sees and accepts only visible text: names are printed on invoices.</summary>
public class TrunkNameTextTests
{
    private static TestValidationResult<TrunkRequest> Validate(string name)
    {
        var request = TestRequests.Static();
        request.Name = name;
        return new TrunkNameValidator(TestCatalog.Context()).TestValidate(request);
    }

    [Fact]
    [Trait("Rule", "F3")]
    public void Validate_ShouldCountTextElements_SoEmojiAndAccentsCountOnce()
    {
        Validate(string.Concat(Enumerable.Repeat("😀", 65))).ShouldNotHaveValidationErrorFor(x => x.Name);
        Validate(string.Concat(Enumerable.Repeat("👩‍👩‍👧", 128))).ShouldNotHaveValidationErrorFor(x => x.Name);
        Validate(string.Concat(Enumerable.Repeat("e\u0301", 128))).ShouldNotHaveValidationErrorFor(x => x.Name);
        Validate(string.Concat(Enumerable.Repeat("😀", 129))).ShouldHaveValidationErrorFor(x => x.Name)
            .WithErrorMessage("The trunk name has 129 characters; use at most 128.");
    }

    [Theory]
    [Trait("Rule", "F3")]
    [InlineData("Office\u0000", "U+0000")]
    [InlineData("Office\u0007 bell", "U+0007")]
    [InlineData("Invoice \u202Egnp.exe", "U+202E")]
    [InlineData("\u2067Office", "U+2067")]
    public void Validate_ShouldRefuseControlAndDirectionCharacters(string name, string named)
    {
        var error = Assert.Single(Validate(name).ShouldHaveValidationErrorFor(x => x.Name));
        Assert.Contains(named, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("printed on invoices", error.ErrorMessage, StringComparison.Ordinal);
    }
}
