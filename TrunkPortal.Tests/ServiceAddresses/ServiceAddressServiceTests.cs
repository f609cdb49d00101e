using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrunkPortal.Data;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.ServiceAddresses;

using TrunkPortal.Auditing;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.ServiceAddresses;

[Trait("Db", "Both")]
public sealed class ServiceAddressServiceTests : IAsyncLifetime
{
    private static readonly Guid _accountA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid _accountB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Actor Actor = new(ActorKind.User, "u1", "Test Admin", null);

    private static readonly DateTimeOffset _start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly FakeTimeProvider _clock = new(_start);
    private readonly ServiceProvider _provider;
    private readonly ServiceAddressService _service;

    public ServiceAddressServiceTests()
    {
        _provider = new ServiceCollection()
            .AddDbContextFactory<AppDbContext>(o => _database.Configure(o))
            .AddSingleton<TimeProvider>(_clock)
            .AddServiceAddresses()
            .BuildServiceProvider();
        _service = _provider.GetRequiredService<ServiceAddressService>();
    }

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        await using var db = await _provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Accounts.AddRange(
            new Account { Id = _accountA, Name = "a", CreatedAt = _start },
            new Account { Id = _accountB, Name = "b", CreatedAt = _start });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static ServiceAddressRequest Zagreb(string name = "Head office") => new()
    {
        Name = $"  {name} ",
        Street = "Ulica grada Vukovara 23",
        City = "Zagreb",
        PostCode = "10000",
        Suite = " ",
        CountryCode = "HRV",
        CountryRegionCode = "HR-21",
    };

    private async Task<ServiceAddress> CreateAsync(Guid account, string name = "Head office")
    {
        var result = await _service.CreateAsync(Actor, account, Zagreb(name));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        _clock.Advance(TimeSpan.FromMinutes(1));
        return result.Address!;
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task CreateAsync_ShouldStoreTrimmedAddressWithNamesAndClockTime_WhenRequestIsValid()
    {
        var created = await CreateAsync(_accountA);

        var read = await _service.GetAsync(_accountA, created.Id);

        Assert.NotNull(read);
        Assert.Equal("Head office", read.Name);
        Assert.Null(read.Suite);
        Assert.Equal(new Country("HRV", "Croatia"), read.Country);
        Assert.Equal(new CountryRegion("HR-21", "Grad Zagreb", "HRV"), read.Region);
        Assert.Equal(_start, read.CreatedAt);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task CreateAsync_ShouldReturnValidationErrorsAndStoreNothing_WhenRequestIsInvalid()
    {
        var request = Zagreb();
        request.CountryCode = "HR";

        var result = await _service.CreateAsync(Actor, _accountA, request);

        Assert.False(result.Succeeded);
        Assert.False(result.IsNotFound);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(nameof(ServiceAddressRequest.CountryCode), error.PropertyName);
        Assert.Equal(0, (await _service.ListAsync(_accountA)).TotalResults);
    }

    [Fact]
    public async Task ListAsync_ShouldPageByNameWithinTheAccount_WhenAccountsHaveAddresses()
    {
        await CreateAsync(_accountA, "Charlie");
        await CreateAsync(_accountA, "Alpha");
        await CreateAsync(_accountA, "Bravo");
        await CreateAsync(_accountB, "other");

        var page0 = await _service.ListAsync(_accountA, page: 0, size: 2);
        var page1 = await _service.ListAsync(_accountA, page: 1, size: 2);

        Assert.Equal(["Alpha", "Bravo"], page0.Results.Select(a => a.Name));
        Assert.Equal(["Charlie"], page1.Results.Select(a => a.Name));
        Assert.Equal((0, 2, 2, 3L), (page0.Page, page0.Size, page0.TotalPages, page0.TotalResults));
    }

    [Theory]
    [InlineData(-1, 0, 0, 1)]
    [InlineData(0, 1, 0, 1)]
    [InlineData(0, 100, 0, 100)]
    [InlineData(0, 101, 0, 100)]
    public async Task ListAsync_ShouldClampPaging_WhenOutsideTheApiRange(int page, int size, int expectedPage, int expectedSize)
    {
        var result = await _service.ListAsync(_accountA, page, size);

        Assert.Equal((expectedPage, expectedSize), (result.Page, result.Size));
    }

    [Fact]
    public async Task UpdateAsync_ShouldReplaceAllFields_WhenRequestIsValid()
    {
        var created = await CreateAsync(_accountA);
        var request = new ServiceAddressRequest
        {
            Name = "US office", Street = "1 Market St", City = "San Francisco", PostCode = "94105",
            CountryCode = "USA", CountryRegionCode = "US-CA",
        };

        var result = await _service.UpdateAsync(Actor, _accountA, created.Id, request);

        Assert.True(result.Succeeded);
        var read = await _service.GetAsync(_accountA, created.Id);
        Assert.Equal(("US office", "USA", "US-CA"), (read!.Name, read.Country.Code, read.Region!.Code));
        Assert.Equal(created.CreatedAt, read.CreatedAt);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task UpdateAsync_ShouldKeepTheStoredAddress_WhenRequestIsInvalid()
    {
        var created = await CreateAsync(_accountA);
        var request = Zagreb("Renamed");
        request.CountryRegionCode = null;

        var result = await _service.UpdateAsync(Actor, _accountA, created.Id, request);

        Assert.Contains(result.Validation.Errors, e => e.PropertyName == nameof(ServiceAddressRequest.CountryRegionCode));
        Assert.Equal("Head office", (await _service.GetAsync(_accountA, created.Id))!.Name);
    }

    [Fact]
    public async Task DeleteAsync_ShouldRemoveAndReturnTheAddress_WhenItBelongsToTheAccount()
    {
        var created = await CreateAsync(_accountA);

        var deleted = await _service.DeleteAsync(Actor, _accountA, created.Id);

        Assert.Equal(created.Id, deleted.Address?.Id);
        Assert.Null(await _service.GetAsync(_accountA, created.Id));
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task DeleteAsync_ShouldRefuseNamingTheTrunk_WhenALiveTrunkUsesTheAddress()
    {
        var created = await CreateAsync(_accountA);
        await using (var db = await _provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Trunks.Add(new TrunkEntity { Id = Guid.NewGuid(), AccountId = _accountA, Name = "NY office", Location = "NEW_YORK", ServiceAddressId = created.Id.ToString(), CreatedAt = _start });
            await db.SaveChangesAsync();
        }

        var deleted = await _service.DeleteAsync(Actor, _accountA, created.Id);

        Assert.False(deleted.Succeeded);
        Assert.Contains("\"NY office\"", deleted.Validation.Errors.Single().ErrorMessage);
        Assert.NotNull(await _service.GetAsync(_accountA, created.Id));
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task Changes_ShouldBeAuditedWithTheActor()
    {
        var created = await CreateAsync(_accountA);
        await _service.DeleteAsync(Actor, _accountA, created.Id);

        await using var db = await _provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var actions = await db.AuditEntries.Where(e => e.AccountId == _accountA).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.ServiceAddressCreate, AuditActions.ServiceAddressDelete], actions);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task GetAsync_ShouldAnswerNotFound_WhenAddressBelongsToAnotherAccount()
    {
        var created = await CreateAsync(_accountA);

        Assert.Null(await _service.GetAsync(_accountB, created.Id));
        Assert.Empty((await _service.ListAsync(_accountB)).Results);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task UpdateAsync_ShouldAnswerNotFoundAndChangeNothing_WhenAddressBelongsToAnotherAccount()
    {
        var created = await CreateAsync(_accountA);

        var result = await _service.UpdateAsync(Actor, _accountB, created.Id, Zagreb("Hijacked"));

        Assert.True(result.IsNotFound);
        Assert.Equal("Head office", (await _service.GetAsync(_accountA, created.Id))!.Name);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task DeleteAsync_ShouldAnswerNotFoundAndKeepTheAddress_WhenAddressBelongsToAnotherAccount()
    {
        var created = await CreateAsync(_accountA);

        Assert.True((await _service.DeleteAsync(Actor, _accountB, created.Id)).IsNotFound);
        Assert.NotNull(await _service.GetAsync(_accountA, created.Id));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task UpdateAsync_ShouldAnswerNotFound_WhenIdDoesNotExist()
    {
        var result = await _service.UpdateAsync(Actor, _accountA, Guid.NewGuid(), Zagreb());

        Assert.True(result.IsNotFound);
    }
}
