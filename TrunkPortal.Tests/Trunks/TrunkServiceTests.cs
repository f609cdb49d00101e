using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain.Credentials;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

[Trait("Db", "Both")]
public sealed class TrunkServiceTests : TrunkServiceTestBase
{
    [Fact]
    [Trait("Rule", "T3")]
    public async Task Create_ShouldRecordCreatingThenProvisionerCompletes_WhenRequestIsValid()
    {
        var result = await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Office PBX"));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ActionStatus.Creating, result.Value!.Trunk.Status.Action);
        Assert.Equal(AdminStatus.Enabled, result.Value.Trunk.Status.Admin);
        await WaitForActionAsync(Acme, result.Value.Trunk.Id, ActionStatus.Success);
    }

    [Fact]
    [Trait("Rule", "N2")]
    public async Task Create_ShouldGiveFqdnAndSubnets_WhenAccountIsNew()
    {
        var created = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Office PBX"))).Value!.Trunk;

        Assert.Matches(@"^[0-9a-f-]{36}\.eu\.sip\.voice\.infobip\.com$", created.Sbc.Fqdn);
        Assert.Equal([created.Sbc.Fqdn + ":5060"], created.Sbc.Primary);
        Assert.NotEmpty(created.Sbc.Subnets);
        Assert.Contains(created.Sbc.SrvRecords, r => r.StartsWith("_sips._tcp." + created.Sbc.Fqdn, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "N1")]
    public async Task Create_ShouldGiveSeedIps_WhenAccountIsLegacy()
    {
        var created = (await Trunks.CreateAsync(Admin, Legacy, StaticTrunk("Branch PBX"))).Value!.Trunk;

        Assert.Null(created.Sbc.Fqdn);
        Assert.Equal(["62.140.31.124:5060"], created.Sbc.Primary);
    }

    [Fact]
    [Trait("Rule", "F3")]
    public async Task Create_ShouldRefuseNameOnField_WhenNameIsTaken()
    {
        await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Office PBX"));

        var again = await Trunks.CreateAsync(Admin, Acme, StaticTrunk(" office pbx "));

        Assert.Equal(OperationStatus.Invalid, again.Status);
        Assert.Contains(again.Errors, e => e.Property == nameof(TrunkRequest.Name));
    }

    [Fact]
    [Trait("Rule", "L6")]
    public async Task Create_ShouldCreateExactlyTheFreeSlots_WhenTwentyCreatesRunInParallel()
    {
        for (var i = 0; i < 7; i++)
        {
            Assert.True((await Trunks.CreateAsync(Admin, Acme, StaticTrunk($"Existing {i}"))).Succeeded);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => Trunks.CreateAsync(Admin, Acme, StaticTrunk($"Parallel {i}")))));

        Assert.Equal(3, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("L1", r.RuleId));
        Assert.Equal(10, (await Trunks.ListAsync(Acme, null, 0, 100)).TotalResults);
    }

    [Fact]
    [Trait("Rule", "L7")]
    public async Task Create_ShouldNameLimitAndCount_WhenThirdDataCenterIsAsked()
    {
        await Trunks.CreateAsync(Admin, Acme, StaticTrunk("A", "FRANKFURT"));
        await Trunks.CreateAsync(Admin, Acme, StaticTrunk("B", "SINGAPORE"));

        var third = await Trunks.CreateAsync(Admin, Acme, StaticTrunk("C", "BOGOTA"));

        Assert.Equal(OperationStatus.Refused, third.Status);
        Assert.Equal("L5", third.RuleId);
        Assert.Contains("2", third.Message);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task EveryOperation_ShouldAnswerNotFound_WhenTrunkBelongsToAnotherAccount()
    {
        var acmeTrunk = (await Trunks.CreateAsync(Admin, Acme, RegisteredTrunk("Acme registered"))).Value!.Trunk.Id;
        await WaitForActionAsync(Acme, acmeTrunk, ActionStatus.Success);

        Assert.Null(await Trunks.GetAsync(Legacy, acmeTrunk));
        Assert.Equal(OperationStatus.NotFound, (await Trunks.GetStatusAsync(Legacy, acmeTrunk)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.UpdateAsync(Admin, Legacy, acmeTrunk, RegisteredTrunk("x"))).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.DeleteAsync(Admin, Legacy, acmeTrunk)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.ResetCredentialsAsync(Admin, Legacy, acmeTrunk)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Trunks.SetAdminStatusAsync(Admin, Legacy, acmeTrunk, AdminStatus.Disabled)).Status);
        Assert.DoesNotContain((await Trunks.ListAsync(Legacy, null, 0, 100)).Results, t => t.Id == acmeTrunk);
    }

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "R3")]
    public async Task CreateRegistered_ShouldShowPasswordOnceAndStoreOnlyItsHa1()
    {
        var created = (await Trunks.CreateAsync(Admin, Acme, RegisteredTrunk("Registered PBX"))).Value!;
        var password = created.Secrets!.Password!;

        var stored = await StoredAsync(created.Trunk.Id);
        Assert.Equal(created.Secrets.Username, stored.Username);
        Assert.Equal(DigestHa1.Compute(stored.Username!, "sip.voice.infobip.com", password), stored.PasswordHa1);
        Assert.DoesNotContain(password, System.Text.Json.JsonSerializer.Serialize(stored));
        Assert.DoesNotContain(password, System.Text.Json.JsonSerializer.Serialize(await Trunks.GetAsync(Acme, created.Trunk.Id)));
        Assert.DoesNotContain(password, created.Secrets.ToString());
    }

    [Fact]
    [Trait("Rule", "G2")]
    public async Task ResetPassword_ShouldKeepUsernameAndIssueNewPassword_WhenTrunkIsRegistered()
    {
        var created = (await Trunks.CreateAsync(Admin, Acme, RegisteredTrunk("Registered PBX"))).Value!;
        await WaitForActionAsync(Acme, created.Trunk.Id, ActionStatus.Success);
        var before = await StoredAsync(created.Trunk.Id);

        var reset = await Trunks.ResetCredentialsAsync(Admin, Acme, created.Trunk.Id);

        Assert.True(reset.Succeeded, reset.Message);
        Assert.Equal(created.Secrets!.Username, reset.Value!.Username);
        Assert.NotEqual(created.Secrets.Password, reset.Value.Password);
        var after = await StoredAsync(created.Trunk.Id);
        Assert.NotEqual(before.PasswordHa1, after.PasswordHa1);
        Assert.Equal("Acme Admin", after.CredentialsResetBy);
    }

    [Fact]
    [Trait("Rule", "A4")]
    [Trait("Rule", "R3")]
    public async Task CreateAuthenticated_ShouldIssueEveryCredentialAndEncryptOutboundPassword()
    {
        var created = (await Trunks.CreateAsync(Admin, Acme, AuthenticatedTrunk("ElevenLabs agent"))).Value!;
        var secrets = created.Secrets!;

        Assert.Equal(created.Trunk.Sbc.Fqdn, secrets.TrunkFqdn);
        Assert.False(string.IsNullOrEmpty(secrets.HeaderValue));
        Assert.False(string.IsNullOrEmpty(secrets.InboundDigestPassword));
        Assert.False(string.IsNullOrEmpty(secrets.OutboundDigestPassword));
        Assert.Equal(["" + created.Trunk.Sbc.Fqdn + ":5061"], created.Trunk.Sbc.Primary);
        var stored = await StoredAsync(created.Trunk.Id);
        Assert.DoesNotContain(secrets.OutboundDigestPassword!, stored.OutboundDigestPasswordProtected);
        var protector = App.Services.GetRequiredService<ISecretProtector>();
        Assert.Equal(secrets.OutboundDigestPassword, protector.Unprotect(stored.OutboundDigestPasswordProtected!));
        Assert.Equal(HeaderValueHash.Compute(secrets.HeaderValue!), stored.HeaderValueHash);
    }

    [Fact]
    [Trait("Rule", "T4")]
    public async Task Edit_ShouldBeRefusedNamingTheStatus_WhenAnActionIsPending()
    {
        await using var slow = new PortalAppFactory(settings: new Dictionary<string, string?> { ["Provisioning:DelayMs"] = "60000" });
        var trunks = slow.Services.GetRequiredService<ITrunkService>();
        await using var db = await slow.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var acme = await db.Accounts.Where(a => a.Name == "acme").Select(a => a.Id).SingleAsync();
        var created = (await trunks.CreateAsync(Admin, acme, StaticTrunk("Office PBX"))).Value!.Trunk;

        var edit = await trunks.UpdateAsync(Admin, acme, created.Id, StaticTrunk("Renamed"));

        Assert.Equal(OperationStatus.Refused, edit.Status);
        Assert.Contains("CREATING", edit.Message);
    }

    [Fact]
    [Trait("Rule", "F5")]
    public async Task Edit_ShouldRefuseNamingTheField_WhenLocationChanges()
    {
        var created = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Office PBX"))).Value!.Trunk;
        await WaitForActionAsync(Acme, created.Id, ActionStatus.Success);

        var edit = await Trunks.UpdateAsync(Admin, Acme, created.Id, StaticTrunk("Office PBX", "SINGAPORE"));

        Assert.Equal(OperationStatus.Refused, edit.Status);
        Assert.Contains("location", edit.Message);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task Changes_ShouldBeAuditedWithActorAndDiff_WithSecretsOnlyAsChanged()
    {
        var created = (await Trunks.CreateAsync(Admin, Acme, RegisteredTrunk("Registered PBX"))).Value!;
        await WaitForActionAsync(Acme, created.Trunk.Id, ActionStatus.Success);
        var reset = (await Trunks.ResetCredentialsAsync(Admin, Acme, created.Trunk.Id)).Value!;

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(e => e.TrunkId == created.Trunk.Id).ToListAsync();
        var create = Assert.Single(entries, e => e.Action == AuditActions.TrunkCreate);
        Assert.Equal("Acme Admin", create.ActorName);
        Assert.Equal("127.0.0.1", create.IpAddress);
        Assert.Contains(create.Changes, c => c.Field == "Name" && c.New == "Registered PBX");
        var resetEntry = Assert.Single(entries, e => e.Action == AuditActions.TrunkResetCredentials);
        Assert.Equal([FieldChange.Secret("Password")], resetEntry.Changes);
        var everything = System.Text.Json.JsonSerializer.Serialize(entries);
        Assert.DoesNotContain(created.Secrets!.Password!, everything);
        Assert.DoesNotContain(reset.Password!, everything);
    }
}
