using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class IpConfigurationStepValidatorTests
{
    private readonly IpConfigurationStepValidator _validator = new();

    private static TrunkRequest Static(List<string>? sources, List<string>? destinations, RoutingStrategy? strategy = null)
    {
        var request = TestRequests.Static();
        request.SourceHosts = sources;
        request.DestinationHosts = destinations;
        request.Strategy = strategy;
        return request;
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Validate_ShouldReportEachBadHostAtItsPosition()
    {
        var result = _validator.TestValidate(Static(["10.0.0.1", "010.0.0.1"], ["sip.example.com", "10.0.0.1"]));

        result.ShouldHaveValidationErrorFor("SourceHosts[1]");
        result.ShouldHaveValidationErrorFor("DestinationHosts[1]");
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Validate_ShouldRefuseAPortOnASourceHost()
    {
        _validator.TestValidate(Static(["10.0.0.1:5060"], [])).ShouldHaveValidationErrorFor("SourceHosts[0]");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Validate_ShouldAcceptTheApiReferenceExample()
    {
        var request = Static(["10.10.10.10"], ["100.100.100.101:5060", "my.destination.com", "my.destination.com:5060"],
            RoutingStrategy.RoundRobin);

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "S2")]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Validate_ShouldAcceptOneEmptyList_WhenTheOtherHasAHost(bool hasSource, bool hasDestination)
    {
        var request = Static(hasSource ? ["10.0.0.1"] : [], hasDestination ? ["10.0.0.1:5060"] : null);

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void Validate_ShouldRefuse_WhenBothListsAreEmpty()
    {
        var result = _validator.TestValidate(Static([], null));

        result.ShouldHaveValidationErrorFor(x => x.SourceHosts);
        Assert.Contains("SIP traffic cannot be sent from your equipment to the platform", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("incoming voice traffic cannot be forwarded over your SIP trunk", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "S3")]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Validate_ShouldAcceptRoundRobinOnlyWithMoreThanOneDestination(int destinations, bool accepted)
    {
        var hosts = Enumerable.Range(1, destinations).Select(i => $"10.0.0.{i}:5060").ToList();

        var result = _validator.TestValidate(Static(["10.0.0.1"], hosts, RoutingStrategy.RoundRobin));

        Assert.Equal(accepted, !result.Errors.Any(e => e.PropertyName == nameof(TrunkRequest.Strategy)));
        Assert.Equal(accepted, RoutingStrategyRule.CanChoose(destinations));
    }

    [Fact]
    [Trait("Rule", "S3")]
    public void Validate_ShouldAcceptTheFailoverDefault_WithASingleDestination()
    {
        _validator.TestValidate(Static(["10.0.0.1"], ["10.0.0.1:5060"], RoutingStrategy.Failover))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void Validate_ShouldRefuseADuplicateHost_AfterNormalisation()
    {
        var result = _validator.TestValidate(Static(["2001:db8::1", "2001:DB8:0::1"], ["SIP.example.com:5060", "sip.example.com:5060"]));

        result.ShouldHaveValidationErrorFor("SourceHosts[1]");
        result.ShouldHaveValidationErrorFor("DestinationHosts[1]");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void Validate_ShouldAcceptTheSameHostInBothLists()
    {
        _validator.TestValidate(Static(["sip.example.com"], ["sip.example.com"])).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Validate_ShouldIgnoreTrunksThatAreNotStatic()
    {
        _validator.TestValidate(TestRequests.For(TrunkKind.Registered)).ShouldNotHaveAnyValidationErrors();
    }
}
