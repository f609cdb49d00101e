using System.Text.Json;
using System.Text.Json.Nodes;
using TrunkPortal.Api.Json;
using TrunkPortal.Api.Trunks;
using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Api.Trunks.Responses;
using TrunkPortal.Components.Pages.Trunks.Create;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Providers;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Api;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

/// <summary>
/// F1, P1-P4: every kind the enums allow (each INFOBIP type, each provider of a PROVIDER trunk) has one
/// <see cref="TrunkKinds"/> entry, and the wizard, the API (both ways), the message names and the guides
/// all know it, none by falling back to another kind.
/// </summary>
public sealed class TrunkKindCoverageTests
{
    private static readonly Guid _accountId = Guid.NewGuid();

    /// <summary>The kinds from the enums alone, not from the table under test.</summary>
    private static IEnumerable<TrunkKind> KindsFromEnums() =>
        Enum.GetValues<TrunkType>().SelectMany(type => type == TrunkType.Provider
            ? Enum.GetValues<ProviderType>().Select(TrunkKind.Of)
            : [new TrunkKind(type)]);

    public static TheoryData<TrunkType, ProviderType?> EveryKind()
    {
        var data = new TheoryData<TrunkType, ProviderType?>();
        foreach (var kind in KindsFromEnums())
        {
            data.Add(kind.Type, kind.Provider);
        }
        return data;
    }

    private static string Api<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.SerializeToElement(value, ApiJson.Options).GetString()!;

    [Fact]
    [Trait("Rule", "F1")]
    public void All_ShouldHoldEveryKindOfTheEnumsOnce()
    {
        Assert.Equal(
            KindsFromEnums().OrderBy(k => k.ToString(), StringComparer.Ordinal),
            TrunkKinds.All.Select(k => k.Kind).OrderBy(k => k.ToString(), StringComparer.Ordinal));
        Assert.Equal(FieldMatrix.AllKinds, TrunkKinds.All.Select(k => k.Kind));
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void All_ShouldNameEveryKindUniquely_InApiNameDisplayNameAndWizardTitle()
    {
        Assert.All(TrunkKinds.All, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(k.ApiName));
            Assert.False(string.IsNullOrWhiteSpace(k.DisplayName));
            Assert.False(string.IsNullOrWhiteSpace(k.WizardTitle));
            Assert.False(string.IsNullOrWhiteSpace(k.WizardPurpose));
        });
        Assert.Equal(TrunkKinds.All.Count, TrunkKinds.All.Select(k => k.ApiName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(TrunkKinds.All.Count, TrunkKinds.All.Select(k => k.DisplayName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(TrunkKinds.All.Count, TrunkKinds.All.Select(k => k.WizardTitle).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(EveryKind))]
    public void ApiNames_ShouldSpellTheKindAsTheApiJsonDoes(TrunkType type, ProviderType? provider)
    {
        var kind = new TrunkKind(type, provider);
        var info = TrunkKinds.Of(kind);

        Assert.Equal(Api(type), ApiNames.Of(type));
        if (provider is { } p)
        {
            Assert.Equal(Api(p), info.ApiName);
            Assert.Equal(Api(p), ApiNames.Of(p));
            Assert.Equal($"{Api(p)} provider", ApiNames.Of(kind));
        }
        else
        {
            Assert.Equal(Api(type), info.ApiName);
            Assert.Equal(Api(type), ApiNames.Of(kind));
        }
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(EveryKind))]
    public void Wizard_ShouldOfferTheKind_AndBuildARequestOfIt(TrunkType type, ProviderType? provider)
    {
        var kind = new TrunkKind(type, provider);
        var draft = new TrunkDraft();

        draft.Choose(kind);

        Assert.Contains(TrunkKinds.All, k => k.Kind == kind);
        Assert.Equal(kind, draft.Kind);
        Assert.Equal((type, provider), (draft.Request.Type, draft.Request.Provider));
        Assert.Equal(kind, TrunkDraft.ForEdit(Guid.NewGuid(), draft.Request).Kind);
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(EveryKind))]
    public void RequestMapper_ShouldMapTheKindsJson_ToThatKind(TrunkType type, ProviderType? provider)
    {
        var kind = new TrunkKind(type, provider);
        var body = new JsonObject { ["type"] = ApiNames.Of(type), ["name"] = "n" };
        if (provider is not null)
        {
            body["provider"] = new JsonObject { ["type"] = TrunkKinds.Of(kind).ApiName };
        }
        var dto = body.Deserialize<SipTrunkRequestDto>(ApiJson.Options)!;

        var mapping = TrunkRequestMapper.Map(dto);

        Assert.Null(mapping.Problem);
        Assert.Equal(kind, mapping.Request!.Kind);
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(EveryKind))]
    public void ResponseMapper_ShouldAnswerWithTheKindsDiscriminators(TrunkType type, ProviderType? provider)
    {
        var kind = new TrunkKind(type, provider);
        var settings = TestRequests.For(kind);
        var view = new FakeTrunkService().Add(_accountId, settings, type == TrunkType.Registered ? "user-1" : null);

        var read = JsonSerializer.SerializeToElement<SipTrunkResponse>(TrunkResponseMapper.ToResponse(view), ApiJson.Options);
        var created = JsonSerializer.SerializeToElement<CreateSipTrunkResponse>(
            TrunkResponseMapper.ToCreateResponse(new CreatedTrunk(view, null)), ApiJson.Options);

        foreach (var json in new[] { read, created })
        {
            Assert.Equal(ApiNames.Of(type), json.GetProperty("type").GetString());
            if (provider is not null)
            {
                Assert.Equal(TrunkKinds.Of(kind).ApiName, json.GetProperty("provider").GetProperty("type").GetString());
            }
            else
            {
                Assert.False(json.TryGetProperty("provider", out _));
            }
        }
    }

    [Theory]
    [Trait("Rule", "P1")]
    [Trait("Rule", "P2")]
    [Trait("Rule", "P3")]
    [Trait("Rule", "P4")]
    [MemberData(nameof(EveryKind))]
    public void Guide_ShouldExistForEveryProviderKind_AndNameItsOwnProvider(TrunkType type, ProviderType? provider)
    {
        var info = TrunkKinds.Of(new TrunkKind(type, provider));

        if (provider is { } p)
        {
            var guide = ProviderGuides.For(p, "trunk-1");
            Assert.Equal(p, guide.Provider);
            Assert.Equal(info.DisplayName, guide.DisplayName);
            Assert.NotEmpty(guide.Notes);
        }
        else
        {
            Assert.Null(info.Guide);
        }
    }

    [Fact]
    [Trait("Rule", "P3")]
    public void IsUsOnly_ShouldHoldForCiscoWebexOnly()
    {
        Assert.Equal([TrunkKind.Of(ProviderType.CiscoWebex)], FieldMatrix.AllKinds.Where(CatalogLookup.IsUsOnly));
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Of_ShouldThrow_WhenTheTypeAndProviderAreNoKind()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrunkKinds.Of(new TrunkKind(TrunkType.Provider)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrunkKinds.Of(new TrunkKind(TrunkType.Static, ProviderType.Freshworks)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApiNames.Of((ProviderType)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApiNames.Of((TrunkType)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProviderGuides.For((ProviderType)99));
        Assert.Null(TrunkKinds.Find(new TrunkKind(TrunkType.Provider)));
    }
}
