namespace Archon.Infra.Tests.Support;

/// <summary>Locates the repository (the folder holding Archon.Functions.sln) and the files these tests read.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Infra => Path.Combine(Root, "infra");

    public static string MainBicep => Path.Combine(Infra, "main.bicep");

    public static string FunctionsApp => Path.Combine(Root, "src", "Archon.Functions");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Archon.Functions.sln above " + AppContext.BaseDirectory);
    }
}
