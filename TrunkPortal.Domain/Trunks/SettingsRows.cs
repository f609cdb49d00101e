namespace TrunkPortal.Domain.Trunks;

/// <summary>The one builder of settings rows, for the wizard's review and the trunk page; labels and texts come from <see cref="TrunkFields"/>.</summary>
public static class SettingsRows
{
    /// <summary>The review's rows of a draft: the draft read as settings, and whether it carries a header value of its own.</summary>
    public static IReadOnlyList<SettingsRow> For(TrunkRequest draft, SettingsRowContext context) =>
        For(TrunkSettings.From(draft), context with { HeaderValueGiven = !string.IsNullOrEmpty(draft.HeaderValue) });

    /// <summary>The rows of <paramref name="settings"/> in the table's order; a field without a value on this surface has no row.</summary>
    public static IReadOnlyList<SettingsRow> For(TrunkSettings settings, SettingsRowContext context)
    {
        var isPage = context.Surface == SettingsSurface.TrunkPage;
        var rows = new List<SettingsRow>();
        foreach (var field in Ordered(context.Surface))
        {
            if (field.Show(settings, context) is { } value)
            {
                rows.Add(new SettingsRow(field.Step, isPage ? field.PageLabel : field.Label, value));
            }

            if (field.Field == TrunkField.Name && context.KindName is { } kindName)
            {
                rows.Add(new SettingsRow(FieldStep.MainSettings, "Provider", kindName));
            }

            if (field.Field == TrunkField.InviteAuthentication && context.Username is { } username)
            {
                rows.Add(new SettingsRow(FieldStep.MainSettings, "Username", username));
            }
        }

        return rows;
    }

    /// <summary>The review lists the remote FQDN before DIGEST authentication, as the main settings step lays them out.</summary>
    private static IEnumerable<TrunkFieldInfo> Ordered(SettingsSurface surface)
    {
        if (surface == SettingsSurface.TrunkPage)
        {
            return TrunkFields.All;
        }

        var fqdn = TrunkFields.Of(TrunkField.RemoteFqdn);
        return TrunkFields.All.Where(f => !ReferenceEquals(f, fqdn))
            .SelectMany(f => f.Field == TrunkField.DigestAuthentication ? [fqdn, f] : new[] { f });
    }
}
