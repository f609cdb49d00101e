using MudBlazor;

namespace TrunkPortal.Components.Layout;

/// <summary>
/// The portal's colours, each dark enough for WCAG AA (4.5:1) both as white text on the colour (filled buttons,
/// chips, snackbars) and as text in the colour on white or on the light hover tint (links, the active nav link,
/// outlined chips). MudBlazor's defaults (success #00c853, warning #ff9800, error #f44336, info #2196f3) and the
/// brand orange #f05a28 reach 2.2 to 3.7:1; axe-core's color-contrast rule, run by the E2E suite, holds the line.
/// </summary>
internal static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#b93c0e",
            AppbarBackground = "#1f2937",
            Info = "#01579b",
            Success = "#2e7d32",
            Warning = "#a14a00",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
