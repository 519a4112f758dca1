namespace Archon.Models.Tests.TestDoubles;

/// <summary>Finds files of the repository by walking up from the test binaries to the folder holding the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a repository file, e.g. <c>examples/architectures/moa.json</c>.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Archon.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Archon.Functions.sln not found above " + AppContext.BaseDirectory);
    }
}
