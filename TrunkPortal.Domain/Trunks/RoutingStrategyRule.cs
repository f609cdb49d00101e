namespace TrunkPortal.Domain.Trunks;

/// <summary>S3: a routing strategy is a real choice only with more than one destination host.</summary>
public static class RoutingStrategyRule
{
    public static bool CanChoose(int destinationCount) => destinationCount > 1;
}
