namespace TrunkPortal.Domain.Trunks;

/// <summary>Where settings rows are shown: the wizard's review (the draft as entered) or the trunk page (the stored trunk).</summary>
public enum SettingsSurface
{
    Review,
    TrunkPage,
}
