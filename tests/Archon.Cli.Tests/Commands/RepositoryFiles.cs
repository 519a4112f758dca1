namespace Archon.Cli.Tests.Commands;

/// <summary>Files of the repository (the folder holding Archon.Functions.sln) that the tests read as a user would.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of <paramref name="relative"/> (forward slashes) under the repository root.</summary>
    public static string Path(string relative) =>
        System.IO.Path.Combine([Root, .. relative.Split('/')]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Archon.Functions.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("No Archon.Functions.sln above " + AppContext.BaseDirectory);
    }
}
