using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using TrunkPortal.Trunks;

namespace TrunkPortal.Components.Shared;

/// <summary>
/// The SBC addresses of a trunk and, once, its secrets (R3, G1, A4), after "Pay now" or a credentials reset.
/// Closing drops the secrets so nothing secret outlives the dialog in component state.
/// </summary>
public partial class CredentialsDialog
{
    [CascadingParameter]
    private IMudDialogInstance? MudDialog { get; set; }

    [Parameter]
    public string Title { get; set; } = "SIP trunk created";

    [Parameter]
    public string TrunkName { get; set; } = "";

    [Parameter]
    public SbcView? Sbc { get; set; }

    [Parameter]
    public IssuedSecrets? Secrets { get; set; }

    /// <summary>Shows the dialog and waits until the user acknowledges it; it cannot be dismissed by accident.</summary>
    public static async Task ShowAsync(IDialogService dialogs, string title, string trunkName, SbcView? sbc, IssuedSecrets? secrets)
    {
        var parameters = new DialogParameters<CredentialsDialog>
        {
            { d => d.Title, title },
            { d => d.TrunkName, trunkName },
            { d => d.Sbc, sbc },
            { d => d.Secrets, secrets },
        };
        var options = new DialogOptions { BackdropClick = false, CloseOnEscapeKey = false, MaxWidth = MaxWidth.Medium, FullWidth = true };
        var dialog = await dialogs.ShowAsync<CredentialsDialog>(title, parameters, options);
        await dialog.Result;
    }

    /// <summary>An authenticated trunk's FQDN is both an SBC address and one of its credentials (A4): shown once, by the seed's name.</summary>
    private bool FqdnShownWithSbc => Sbc?.Fqdn is { } fqdn && string.Equals(fqdn, Secrets?.TrunkFqdn, StringComparison.OrdinalIgnoreCase);

    private string FqdnLabel => FqdnShownWithSbc ? "Infobip trunk FQDN" : "Trunk FQDN";

    private async Task CopyAsync(string value) => await JS.InvokeVoidAsync("trunkPortal.copyText", value);

    private async Task DownloadAsync()
    {
        var fileName = $"sip-trunk-{Slug(TrunkName)}.txt";
        await JS.InvokeVoidAsync("trunkPortal.downloadText", fileName, AsText());
    }

    private void Acknowledge()
    {
        Secrets = null;
        Sbc = null;
        MudDialog?.Close(DialogResult.Ok(true));
    }

    private string AsText()
    {
        var text = new StringBuilder().AppendLine($"SIP trunk: {TrunkName}");
        if (Sbc is { } sbc)
        {
            Append(text, "Primary SBC", sbc.Primary);
            Append(text, "Backup SBC", sbc.Backup);
            Append(text, FqdnLabel, sbc.Fqdn);
            Append(text, "SRV record", sbc.SrvRecords);
            Append(text, "A record", sbc.ARecord);
            Append(text, "Subnet to allowlist", sbc.Subnets);
        }
        if (Secrets is { } s)
        {
            Append(text, "Username", s.Username);
            Append(text, "Password", s.Password);
            Append(text, "Infobip trunk FQDN", FqdnShownWithSbc ? null : s.TrunkFqdn);
            Append(text, "Header value (X-IB-AccessCode)", s.HeaderValue);
            Append(text, "Inbound DIGEST username", s.InboundDigestUsername);
            Append(text, "Inbound DIGEST password", s.InboundDigestPassword);
            Append(text, "Outbound DIGEST username", s.OutboundDigestUsername);
            Append(text, "Outbound DIGEST password", s.OutboundDigestPassword);
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.AppendLine($"{label}: {value}");
        }
    }

    private static void Append(StringBuilder text, string label, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            Append(text, label, value);
        }
    }

    // The name is the customer's own text: keep letters and digits so the file name is safe on every OS.
    private static string Slug(string name)
    {
        var slug = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]).Trim('-');
        return slug.Length == 0 ? "credentials" : slug;
    }
}
