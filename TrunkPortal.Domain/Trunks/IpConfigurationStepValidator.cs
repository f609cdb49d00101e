using FluentValidation;
using FluentValidation.Results;
using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// Wizard step "IP configuration" (STATIC trunks): S1 every host parses, S2 at least one of the two lists,
/// S3 ROUND_ROBIN only with more than one destination, S5 no host twice in a list. Counts (L3, L4) are checked elsewhere.
/// </summary>
public sealed class IpConfigurationStepValidator : AbstractValidator<TrunkRequest>
{
    public IpConfigurationStepValidator()
    {
        When(x => x.Type == TrunkType.Static, () =>
        {
            RuleFor(x => x.SourceHosts).Custom((hosts, c) =>
                Report(HostList.Parse(hosts, HostParser.ParseSourceHost), nameof(TrunkRequest.SourceHosts), c));

            RuleFor(x => x.DestinationHosts).Custom((hosts, c) =>
                Report(HostList.Parse(hosts, HostParser.ParseDestinationHost), nameof(TrunkRequest.DestinationHosts), c));

            RuleFor(x => x.SourceHosts)
                .Must((r, _) => Count(r.SourceHosts) + Count(r.DestinationHosts) > 0)
                .WithMessage("Add at least one source host or one destination host. Without a source host, SIP traffic " +
                    "cannot be sent from your equipment to the platform; without a destination host, incoming voice " +
                    "traffic cannot be forwarded over your SIP trunk.");

            RuleFor(x => x.Strategy).Cascade(CascadeMode.Stop)
                .IsInEnum()
                .WithMessage("strategy must be FAILOVER or ROUND_ROBIN.")
                .Must((r, s) => s != RoutingStrategy.RoundRobin || RoutingStrategyRule.CanChoose(Count(r.DestinationHosts)))
                .WithMessage("ROUND_ROBIN spreads calls over several destinations, so it needs more than one destination " +
                    "host; add another destination or use FAILOVER.");
        });
    }

    private static int Count(List<string>? hosts) => hosts?.Count ?? 0;

    private static void Report(HostListResult result, string property, ValidationContext<TrunkRequest> context)
    {
        foreach (var error in result.Errors)
        {
            context.AddFailure(new ValidationFailure($"{property}[{error.Index}]", error.Message, error.Input));
        }
    }
}
