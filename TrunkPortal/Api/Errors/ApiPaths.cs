namespace TrunkPortal.Api.Errors;

/// <summary>The path prefixes answered in the API's error envelope; everything else keeps the Blazor error pages.</summary>
public static class ApiPaths
{
    public const string Calls = "/calls";

    public const string Portal = "/portal";

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments(Calls, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(Portal, StringComparison.OrdinalIgnoreCase);
}
