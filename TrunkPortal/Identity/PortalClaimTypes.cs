namespace TrunkPortal.Identity;

/// <summary>Claims the sign-in cookie carries so pages know the user's account without a database round trip.</summary>
public static class PortalClaimTypes
{
    public const string AccountId = "trunkportal:account_id";

    public const string AccountName = "trunkportal:account_name";

    public const string DisplayName = "trunkportal:display_name";
}
