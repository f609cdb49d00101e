using System.Globalization;

namespace TrunkPortal.Domain.Hosts;

/// <summary>
/// Strict dotted-quad IPv4 (rules S1, S5). IPAddress.TryParse alone would accept "1.2.3" and read
/// "010.0.0.1" as octal, so the four decimal parts are checked here.
/// </summary>
internal static class Ipv4Literal
{
    /// <summary>Text made only of digits and dots is meant as an IPv4 address, never as a domain name.</summary>
    public static bool LooksLikeIpv4(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '.') && text.Any(char.IsAsciiDigit);

    /// <summary>Null when <paramref name="text"/> is a valid unicast IPv4 address, else what is wrong with it.</summary>
    public static string? Problem(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length == 0))
        {
            return "is not a valid IPv4 address: an IPv4 address is four numbers from 0 to 255 separated by dots";
        }

        var octets = new int[4];
        for (var i = 0; i < 4; i++)
        {
            var part = parts[i];
            if (part.Length > 1 && part[0] == '0')
            {
                return $"is not a valid IPv4 address: '{part}' has a leading zero (write 10.0.0.1, not 010.0.0.1)";
            }

            if (part.Length > 3 || int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return $"is not a valid IPv4 address: {part} is above 255";
            }

            octets[i] = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (octets.All(o => o == 0) || octets.All(o => o == 255) || octets[0] >= 224)
        {
            return "is not a host address (it is the unspecified, broadcast or a multicast/reserved address)";
        }

        return null;
    }
}
