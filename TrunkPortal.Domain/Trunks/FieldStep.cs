namespace TrunkPortal.Domain.Trunks;

/// <summary>The wizard step where a field is entered (the Provider step has only the kind, which is no field).</summary>
public enum FieldStep
{
    Plan,
    MainSettings,
    IpConfiguration,
}
