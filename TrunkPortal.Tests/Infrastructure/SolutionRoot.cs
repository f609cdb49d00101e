namespace TrunkPortal.Tests.Infrastructure;

/// <summary>The repository's root: the folder above the test output that holds TrunkPortal.sln.</summary>
public static class SolutionRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "TrunkPortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("TrunkPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
