namespace TrunkPortal.Domain.Trunks;

/// <summary>One labelled setting as the review step and the trunk page show it.</summary>
public sealed record SettingsRow(FieldStep Step, string Label, string Value);
