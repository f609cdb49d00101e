using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

/// <summary>A small catalog for rule tests, independent of the real appsettings.json.</summary>
public static class TestCatalog
{
    public const string ServiceAddressId = "addr-1";

    public static PortalCatalog Catalog { get; } = new()
    {
        DataCenters =
        [
            new DataCenter { Code = "FRANKFURT", DisplayName = "Frankfurt", CountryCode = "DEU" },
            new DataCenter { Code = "NEW_YORK", DisplayName = "New York", CountryCode = "USA" },
            new DataCenter { Code = "PORTLAND", DisplayName = "Portland", CountryCode = "USA" },
            new DataCenter { Code = "SAO_PAULO", DisplayName = "São Paulo", CountryCode = "BRA" },
        ],
        GenesysLoginUrls =
        [
            Genesys("https://login.mypurecloud.jp", "AP Northeast 1", GenesysRegion.ApNortheast1),
            Genesys("https://login.apne2.pure.cloud", "AP Northeast 2", GenesysRegion.ApNortheast2),
            Genesys("https://login.apne3.pure.cloud", "AP Northeast 3", GenesysRegion.ApNortheast3),
            Genesys("https://login.aps1.pure.cloud", "AP South 1", GenesysRegion.ApSouth1),
            Genesys("https://login.mypurecloud.com.au", "AP Southeast 2", GenesysRegion.ApSoutheast2),
            Genesys("https://login.cac1.pure.cloud", "CA Central 1", GenesysRegion.CaCentral1),
            Genesys("https://login.mypurecloud.ie", "EU West 1", GenesysRegion.EuWest1),
            Genesys("https://login.euw2.pure.cloud", "EU West 2", GenesysRegion.EuWest2),
            Genesys("https://login.mypurecloud.de", "EU Central 1", GenesysRegion.EuCentral1),
            Genesys("https://login.euc2.pure.cloud", "EU Central 2", GenesysRegion.EuCentral2),
            Genesys("https://login.mec1.pure.cloud", "ME Central 1", GenesysRegion.MeCentral1),
            Genesys("https://login.sae1.pure.cloud", "SA East 1", GenesysRegion.SaEast1),
            Genesys("https://login.mypurecloud.com", "US East 1", GenesysRegion.NaUsEast1),
            Genesys("https://login.use2.us-gov.pure.cloud", "US East 2", GenesysRegion.NaUsEast2),
            Genesys("https://login.usw2.pure.cloud", "US West 2", GenesysRegion.NaUsWest2),
        ],
    };

    /// <summary>Both plans activated, one service address, one existing trunk "Main office" (id t-1).</summary>
    public static TrunkValidationContext Context(
        IEnumerable<BillingPackageType>? activatedPlans = null,
        IEnumerable<string>? serviceAddressIds = null,
        IReadOnlyDictionary<string, string>? existingNames = null,
        string? editedTrunkId = null) => new()
        {
            Catalog = Catalog,
            ActivatedPlans = new HashSet<BillingPackageType>(activatedPlans ?? Enum.GetValues<BillingPackageType>()),
            ServiceAddressIds = new HashSet<string>(serviceAddressIds ?? [ServiceAddressId], StringComparer.Ordinal),
            ExistingTrunkNames = existingNames ?? new Dictionary<string, string> { ["t-1"] = "Main office" },
            EditedTrunkId = editedTrunkId,
        };

    private static GenesysLoginUrl Genesys(string url, string name, GenesysRegion region) =>
        new() { Url = url, DisplayName = name, Region = region };
}
