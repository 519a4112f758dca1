namespace Archon.Core.Tests.Architectures;

/// <summary>Finds files of the repository by walking up from the test binaries to the folder holding the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ExamplesFolder => Path.Combine(Root, "examples", "architectures");

    public static string PublishedFolder => Path.Combine(ExamplesFolder, "published");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Archon.Functions.sln not found above " + AppContext.BaseDirectory);
    }
}
