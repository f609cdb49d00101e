using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TrunkPortal.Components.Shared;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

public sealed class CredentialsDialogTests : MudTestContext
{
    private static readonly IssuedSecrets _authenticated = new()
    {
        Type = TrunkType.Authenticated,
        TrunkFqdn = "0f9c.eu.sip.voice.infobip.com",
        HeaderValue = "hv-7Qm2xL9p",
        DigestAuthenticationEnabled = true,
        InboundDigestUsername = "in-user",
        InboundDigestPassword = "in-pass-Zr81",
        OutboundDigestUsername = "out-user",
        OutboundDigestPassword = "out-pass-Kq44",
    };

    private (IRenderedComponent<MudDialogProvider> Provider, Task Shown) Show(IssuedSecrets secrets, SbcView? sbc = null)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var shown = provider.InvokeAsync(() => CredentialsDialog.ShowAsync(dialogs, "SIP trunk submitted", "Voice AI", sbc ?? new SbcView(), secrets));
        return (provider, shown);
    }

    [Fact]
    [Trait("Rule", "A4")]
    [Trait("Rule", "R3")]
    public void Dialog_ShouldShowEveryAuthenticatedValueOnce_WhenOpened()
    {
        var (provider, _) = Show(_authenticated);

        provider.WaitForAssertion(() => Assert.Single(provider.FindComponents<CredentialsDialog>()));
        var labels = provider.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Infobip trunk FQDN", "Header value (X-IB-AccessCode)", "Inbound DIGEST username", "Inbound DIGEST password", "Outbound DIGEST username", "Outbound DIGEST password"],
            labels);
        foreach (var value in new[] { "0f9c.eu.sip.voice.infobip.com", "hv-7Qm2xL9p", "in-user", "in-pass-Zr81", "out-user", "out-pass-Kq44" })
        {
            Assert.Single(provider.FindAll("input"), i => i.GetAttribute("value") == value);
        }
        Assert.Contains("shown only once", provider.Find("[data-testid=secrets-warning]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "R3")]
    public async Task Dialog_ShouldDropTheSecrets_WhenAcknowledged()
    {
        var secrets = new IssuedSecrets { Type = TrunkType.Registered, Username = "reg-user-1", Password = "reg-pass-Wt5v" };
        var (provider, shown) = Show(secrets);
        provider.WaitForAssertion(() => Assert.Contains("reg-pass-Wt5v", provider.Markup, StringComparison.Ordinal));
        var dialog = provider.FindComponent<CredentialsDialog>().Instance;

        provider.FindAll("button").First(b => b.TextContent.Contains("I have saved them", StringComparison.Ordinal)).Click();

        await shown.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Null(dialog.Secrets);
        Assert.Empty(provider.FindComponents<CredentialsDialog>());
        Assert.DoesNotContain("reg-pass-Wt5v", provider.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "A4")]
    [Trait("Rule", "N2")]
    public void Dialog_ShouldShowTheFqdnOnceAndDnsRecordsWhole_WhenTheTrunkHasAnFqdn()
    {
        const string srv = "_sips._tcp.0f9c.eu.sip.voice.infobip.com SRV 10 60 5061 sbc-fra-1.eu.sip.voice.infobip.com";
        var sbc = new SbcView { Fqdn = "0f9c.eu.sip.voice.infobip.com", SrvRecords = [srv], ARecord = "0f9c.eu.sip.voice.infobip.com A 193.105.74.1" };

        var (provider, _) = Show(_authenticated, sbc);

        provider.WaitForAssertion(() => Assert.Single(provider.FindComponents<CredentialsDialog>()));
        var labels = provider.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Single(labels, l => l.Contains("FQDN", StringComparison.Ordinal));
        Assert.Contains("Infobip trunk FQDN", labels);
        Assert.Single(provider.FindAll("input, textarea"), i => (i.GetAttribute("value") ?? i.TextContent) == "0f9c.eu.sip.voice.infobip.com");
        // A DNS record is longer than the field: it wraps (a growing text area) instead of being cut off.
        Assert.Single(provider.FindAll("textarea"), t => t.TextContent == srv || t.GetAttribute("value") == srv);
    }
}
