using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Configuration;

/// <summary>A provisioning setting out of range stops the start and says what is accepted; it is never bent into range.</summary>
[Trait("Db", "Sqlite")] // the settings are read before any database work: one provider is enough
public sealed class ProvisioningOptionsTests
{
    [Theory]
    [InlineData("Provisioning:LeaseSeconds", "0", "Provisioning:LeaseSeconds must be a whole number of seconds, 1 or more")]
    [InlineData("Provisioning:DelayMs", "-1", "Provisioning:DelayMs and Provisioning:SimulatedApplyMs must be 0 or more")]
    [InlineData("Provisioning:SimulatedApplyMs", "-5", "Provisioning:DelayMs and Provisioning:SimulatedApplyMs must be 0 or more")]
    public void Start_ShouldStop_WhenAProvisioningSettingIsOutOfRange(string key, string value, string message)
    {
        using var app = new PortalAppFactory(settings: new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains(message, failure.ToString(), StringComparison.Ordinal);
    }
}
