using PhoneNumbers;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// F4: a call is international when the A and B numbers belong to different countries, decided by
/// libphonenumber. A number whose country cannot be established counts as international, so a trunk with
/// international calls blocked never lets through a call it cannot place.
/// </summary>
public static class InternationalCallPolicy
{
    private static readonly PhoneNumberUtil _phoneNumbers = PhoneNumberUtil.GetInstance();

    /// <summary>Numbers in E.164, with or without the leading + (Infobip writes 41793026727) or with the 00 international prefix.</summary>
    public static bool IsInternational(string aNumber, string bNumber)
    {
        var a = CountryOf(aNumber);
        var b = CountryOf(bNumber);
        return a is null || b is null || !string.Equals(a, b, StringComparison.Ordinal);
    }

    /// <summary>F4: national calls always pass; international ones only when the trunk allows them.</summary>
    public static bool IsAllowed(bool? internationalCallsAllowed, string aNumber, string bNumber) =>
        internationalCallsAllowed == true || !IsInternational(aNumber, bNumber);

    /// <summary>The ISO 3166 alpha-2 region of the number, or null when it cannot be established.</summary>
    public static string? CountryOf(string number)
    {
        var text = (number ?? "").Trim();
        if (text.Length > 0 && text[0] != '+')
        {
            text = "+" + (text.StartsWith("00", StringComparison.Ordinal) ? text[2..] : text);
        }

        try
        {
            var parsed = _phoneNumbers.Parse(text, null);
            var region = _phoneNumbers.GetRegionCodeForNumber(parsed);
            return string.IsNullOrEmpty(region) || region == "ZZ" ? null : region;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
