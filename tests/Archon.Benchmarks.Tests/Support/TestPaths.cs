namespace Archon.Benchmarks.Tests.Support;

/// <summary>Fixture files and the optional shared datasets folder.</summary>
internal static class TestPaths
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The repository root (the folder holding Archon.Functions.sln), or null.</summary>
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary><c>&lt;root&gt;/../shared/datasets</c>, or null when absent.</summary>
    public static string? SharedDatasets()
    {
        var root = RepoRoot();
        if (root is null)
        {
            return null;
        }

        var dir = Path.GetFullPath(Path.Combine(root, "..", "shared", "datasets"));
        return Directory.Exists(dir) ? dir : null;
    }

    public static string TempDir()
    {
        return Directory.CreateTempSubdirectory("archon-bench-tests-").FullName;
    }
}
