using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class InternationalCallPolicyTests
{
    [Theory]
    [Trait("Rule", "F4")]
    [InlineData("+41793026727", "+41446681800", false)]
    [InlineData("41793026727", "0041446681800", false)]
    [InlineData("+41793026727", "+4930901820", true)]
    [InlineData("+12127365000", "+14167362100", true)]
    [InlineData("+12127365000", "+13125550100", false)]
    [InlineData("+385912345678", "+38514802555", false)]
    public void IsInternational_ShouldCompareTheNumbersCountries(string a, string b, bool international)
    {
        Assert.Equal(international, InternationalCallPolicy.IsInternational(a, b));
    }

    [Theory]
    [Trait("Rule", "F4")]
    [InlineData("not a number")]
    [InlineData("")]
    public void IsInternational_ShouldTreatAnUnknownCountryAsInternational(string a)
    {
        Assert.True(InternationalCallPolicy.IsInternational(a, "+41446681800"));
    }

    [Theory]
    [Trait("Rule", "F4")]
    [InlineData(false, "+41446681800", true)]
    [InlineData(false, "+4930901820", false)]
    [InlineData(null, "+4930901820", false)]
    [InlineData(true, "+4930901820", true)]
    public void IsAllowed_ShouldBlockInternationalCalls_UnlessTheTrunkAllowsThem(bool? allowed, string b, bool expected)
    {
        Assert.Equal(expected, InternationalCallPolicy.IsAllowed(allowed, "+41793026727", b));
    }

    [Fact]
    [Trait("Rule", "F4")]
    public void CountryOf_ShouldNameTheRegion()
    {
        Assert.Equal("CH", InternationalCallPolicy.CountryOf("+41793026727"));
        Assert.Equal("CA", InternationalCallPolicy.CountryOf("+14167362100"));
    }
}
