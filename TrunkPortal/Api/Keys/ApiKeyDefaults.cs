namespace TrunkPortal.Api.Keys;

/// <summary>Names shared by the API key scheme, its policy and the claims it issues.</summary>
public static class ApiKeyDefaults
{
    /// <summary>The scheme of <c>Authorization: App &lt;key&gt;</c>, as in the reference.</summary>
    public const string Scheme = "App";

    public const string Policy = "PortalApiKey";

    public const string AccountIdClaim = "trunkportal:account_id";

    public const string KeyIdClaim = "trunkportal:api_key_id";

    public const string KeyPrefix = "tp_";
}
