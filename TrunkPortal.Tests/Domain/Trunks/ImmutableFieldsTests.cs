using TrunkPortal.Domain;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class ImmutableFieldsTests
{
    public static TheoryData<string, Action<TrunkRequest>> Changes() => new()
    {
        { "location", r => r.Location = "PORTLAND" },
        { "tls", r => r.Tls = false },
        { "billingPackage.packageType", r => r.BillingPackage.PackageType = BillingPackageType.Metered },
        { "billingPackage.addressId", r => r.BillingPackage.AddressId = "other" },
        { "type", r => r.Type = TrunkType.Registered },
        { "provider", r => { r.Type = TrunkType.Provider; r.Provider = ProviderType.CiscoWebex; } },
    };

    private static TrunkSettings Existing()
    {
        var existing = TestRequests.Static();
        existing.Location = "NEW_YORK";
        existing.Tls = true;
        existing.BillingPackage = new BillingPackage { PackageType = BillingPackageType.Unlimited, CountryCode = "USA", AddressId = "a" };
        return TrunkSettings.From(existing);
    }

    [Theory]
    [Trait("Rule", "F5")]
    [MemberData(nameof(Changes))]
    public void Check_ShouldRefuseAndNameTheField_WhenAFixedFieldChanges(string field, Action<TrunkRequest> change)
    {
        var update = new TrunkRequest { Type = TrunkType.Static, Name = "x" };
        change(update);

        var refusal = Assert.Throws<DomainException>(() => ImmutableFields.Check(Existing(), update));

        Assert.Equal("F5", refusal.Code);
        Assert.Contains($"{field} cannot be changed after the trunk is created", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F5")]
    public void Check_ShouldAccept_WhenFixedFieldsAreOmittedOrUnchanged()
    {
        var update = new TrunkRequest { Type = TrunkType.Static, Name = "Renamed", Location = "NEW_YORK", Tls = true, Codecs = [Codec.G729] };

        ImmutableFields.Check(Existing(), update);

        Assert.Empty(ImmutableFields.Violations(Existing(), update));
    }

    [Fact]
    [Trait("Rule", "F5")]
    public void Violations_ShouldListEveryChangedField_InApiSpelling()
    {
        var existing = TestRequests.For(TrunkKind.Of(ProviderType.GenesysCloud));
        var update = new TrunkRequest
        {
            Type = TrunkType.Provider,
            Provider = ProviderType.GenesysCloud,
            Location = "SAO_PAULO",
            GenesysRegion = GenesysRegion.EuWest1,
        };

        var messages = ImmutableFields.Violations(TrunkSettings.From(existing), update);

        Assert.Equal(2, messages.Count);
        Assert.Equal("location cannot be changed after the trunk is created (it is FRANKFURT); to use a different value, " +
            "create a new trunk.", messages[0]);
        Assert.StartsWith("provider.region cannot be changed after the trunk is created (it is EU_CENTRAL_1)", messages[1], StringComparison.Ordinal);
    }
}
