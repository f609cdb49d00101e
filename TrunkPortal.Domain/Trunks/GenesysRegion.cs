using System.Text.Json.Serialization;

namespace TrunkPortal.Domain.Trunks;

/// <summary>The 16 Genesys Cloud regions of the API enum (rule P2). Explicit names: the API puts an underscore before the digit.</summary>
public enum GenesysRegion
{
    [JsonStringEnumMemberName("NA_US_EAST_1")] NaUsEast1,
    [JsonStringEnumMemberName("NA_US_EAST_2")] NaUsEast2,
    [JsonStringEnumMemberName("NA_US_WEST_2")] NaUsWest2,
    [JsonStringEnumMemberName("CA_CENTRAL_1")] CaCentral1,
    [JsonStringEnumMemberName("SA_EAST_1")] SaEast1,
    [JsonStringEnumMemberName("EU_CENTRAL_1")] EuCentral1,
    [JsonStringEnumMemberName("EU_CENTRAL_2")] EuCentral2,
    [JsonStringEnumMemberName("EU_WEST_1")] EuWest1,
    [JsonStringEnumMemberName("EU_WEST_2")] EuWest2,
    [JsonStringEnumMemberName("ME_CENTRAL_1")] MeCentral1,
    [JsonStringEnumMemberName("AP_SOUTH_1")] ApSouth1,
    [JsonStringEnumMemberName("AP_NORTHEAST_3")] ApNortheast3,
    [JsonStringEnumMemberName("AP_NORTHEAST_2")] ApNortheast2,
    [JsonStringEnumMemberName("AP_SOUTHEAST_2")] ApSoutheast2,
    [JsonStringEnumMemberName("AP_SOUTHEAST_1")] ApSoutheast1,
    [JsonStringEnumMemberName("AP_NORTHEAST_1")] ApNortheast1,
}
