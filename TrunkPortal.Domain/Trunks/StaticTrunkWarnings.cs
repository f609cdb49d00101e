namespace TrunkPortal.Domain.Trunks;

/// <summary>S2: what a STATIC trunk cannot do when one of its host lists is empty; the wizard shows it at the step and on review.</summary>
public static class StaticTrunkWarnings
{
    public const string NoSourceHost =
        "No source host: SIP traffic cannot be sent from your equipment to the platform. Add the IP addresses or " +
        "domain names your equipment sends calls from if you want to make calls over this trunk.";

    public const string NoDestinationHost =
        "No destination host: incoming voice traffic cannot be forwarded over your SIP trunk to your equipment. " +
        "Add an IP address with port or a domain name if you want to receive calls over this trunk.";

    public static IReadOnlyList<string> For(TrunkRequest request)
    {
        if (request.Type != TrunkType.Static)
        {
            return [];
        }

        var warnings = new List<string>();
        if (request.SourceHosts is not { Count: > 0 })
        {
            warnings.Add(NoSourceHost);
        }

        if (request.DestinationHosts is not { Count: > 0 })
        {
            warnings.Add(NoDestinationHost);
        }

        return warnings;
    }
}
