using TrunkPortal.Domain;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Domain.Limits;
using TrunkPortal.ServiceAddresses;
using TrunkPortal.Trunks;

namespace TrunkPortal.Components.Pages.Trunks.Create;

/// <summary>What the steps read about the account and the catalog; loaded once when the wizard opens.</summary>
public sealed record WizardContext(
    AccountContext Account,
    CatalogLookup Catalog,
    SbcAllocator Sbc,
    IReadOnlyList<ServiceAddress> ServiceAddresses,
    Guid? EditedTrunkId)
{
    /// <summary>The addresses the trunk would get (N1-N3), or the domain's refusal; the FQDN's uuid is only a placeholder here.</summary>
    public (SbcAddressing? Addressing, string? Refusal) PreviewSbc(TrunkRequest request)
    {
        var location = request.Location ?? Catalog.DefaultLocationFor(request.Kind, request.GenesysRegion);
        try
        {
            return (Sbc.Allocate(location, request.Type, FieldMatrix.IsTlsAlwaysOn(request.Kind) || request.Tls == true, Account.IsLegacy, Guid.Empty), null);
        }
        catch (DomainException ex)
        {
            return (null, ex.Message);
        }
    }

    public AccountSnapshot Snapshot => Account.Snapshot(EditedTrunkId);

    public string ServiceAddressLabel(string? id) =>
        ServiceAddresses.FirstOrDefault(a => a.Id.ToString() == id) is { } a ? $"{a.Name}, {a.City} ({a.Country.Code})" : id ?? "";

    public string DataCenterName(string? code) =>
        Catalog.Find(code) is { } dc ? $"{dc.DisplayName} ({dc.Code})" : code ?? "";
}
