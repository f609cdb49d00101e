using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>S6 over the real service and database: a source host belongs to one static trunk per data center.</summary>
[Trait("Db", "Both")]
public sealed class SourceOverlapServiceTests : TrunkServiceTestBase
{
    private static TrunkRequest WithSource(string name, string source, string location = "FRANKFURT")
    {
        var request = StaticTrunk(name, location);
        request.SourceHosts = [source];
        return request;
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task Create_ShouldRefuseASharedSourceHost_NamingTheAccountsOwnTrunk()
    {
        Assert.True((await Trunks.CreateAsync(Admin, Acme, WithSource("Office PBX", "203.0.113.12"))).Succeeded);

        var second = await Trunks.CreateAsync(Admin, Acme, WithSource("Second PBX", "203.0.113.12"));

        Assert.Equal(OperationStatus.Invalid, second.Status);
        var error = Assert.Single(second.Errors);
        Assert.Equal("SourceHosts[0]", error.Property);
        Assert.Contains("your trunk \"Office PBX\" in FRANKFURT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S6")]
    [Trait("Rule", "R1")]
    public async Task Create_ShouldRefuseAnotherAccountsSourceHost_WithoutNamingItsTrunk()
    {
        Assert.True((await Trunks.CreateAsync(Admin, Acme, WithSource("Acme secret name", "203.0.113.12"))).Succeeded);

        var legacy = await Trunks.CreateAsync(Admin, Legacy, WithSource("Branch", "203.0.113.12"));

        var error = Assert.Single(legacy.Errors);
        Assert.Contains("another customer's trunk in FRANKFURT", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme secret name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task Create_ShouldAcceptTheSameSourceHost_InAnotherDataCenter()
    {
        Assert.True((await Trunks.CreateAsync(Admin, Acme, WithSource("Frankfurt", "203.0.113.12"))).Succeeded);

        var singapore = await Trunks.CreateAsync(Admin, Acme, WithSource("Singapore", "203.0.113.12", "SINGAPORE"));

        Assert.True(singapore.Succeeded, singapore.Message);
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task Edit_ShouldRefuseAnotherTrunksHost_AndKeepItsOwn()
    {
        var first = (await Trunks.CreateAsync(Admin, Acme, WithSource("First", "203.0.113.12"))).Value!.Trunk;
        var second = (await Trunks.CreateAsync(Admin, Acme, WithSource("Second", "203.0.113.13"))).Value!.Trunk;
        await WaitForActionAsync(Acme, second.Id, ActionStatus.Success);

        var taking = second.Settings.ToRequest();
        taking.SourceHosts = ["203.0.113.13", "203.0.113.12"];
        var refused = await Trunks.UpdateAsync(Admin, Acme, second.Id, taking);
        var keeping = (await Trunks.GetAsync(Acme, second.Id))!.Settings.ToRequest();
        keeping.ChannelLimit = 20;
        var kept = await Trunks.UpdateAsync(Admin, Acme, second.Id, keeping);

        Assert.Equal("SourceHosts[1]", Assert.Single(refused.Errors).Property);
        Assert.True(kept.Succeeded, string.Join(" ", kept.Errors.Select(e => e.Message)));
        Assert.Equal(["203.0.113.12"], (await Trunks.GetAsync(Acme, first.Id))!.Settings.SourceHosts);
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task Delete_ShouldFreeTheSourceHosts_WhenTheTrunkIsRemoved()
    {
        var first = (await Trunks.CreateAsync(Admin, Acme, WithSource("Going", "203.0.113.12"))).Value!.Trunk;
        await WaitForActionAsync(Acme, first.Id, ActionStatus.Success);
        Assert.True((await Trunks.DeleteAsync(Admin, Acme, first.Id)).Succeeded);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await Trunks.GetAsync(Acme, first.Id) is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var next = await Trunks.CreateAsync(Admin, Acme, WithSource("Coming", "203.0.113.12"));

        Assert.True(next.Succeeded, next.Message);
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task Creates_ShouldGiveAHostToOneTrunkOnly_WhenManyAccountsRace()
    {
        var accounts = new[] { Acme, Legacy };
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Trunks.CreateAsync(Admin, accounts[i % 2], WithSource($"Racer {i}", "203.0.113.99"))));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.True(r.Errors.Count == 1 || r.RuleId == "S6", r.Message));
    }
}
