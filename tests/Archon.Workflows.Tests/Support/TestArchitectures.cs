using Archon.Core.Architectures;

namespace Archon.Workflows.Tests.Support;

/// <summary>Architectures for the tests: the repository's examples, and small ones written here.</summary>
internal static class TestArchitectures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static ArchitectureConfig Example(string name)
    {
        var loaded = ArchitectureLoader.LoadFile(Path.Combine(RepoRoot, "examples", "architectures", name + ".json"));
        return loaded.Architecture ?? throw new InvalidOperationException(string.Join("; ", loaded.Errors.Select(e => e.Message)));
    }

    public static ArchitectureConfig Parse(string json)
    {
        var loaded = ArchitectureLoader.Parse(json, "test");
        return loaded.Architecture ?? throw new InvalidOperationException(string.Join("; ", loaded.Errors.Select(e => e.Message)));
    }

    /// <summary>One generator with <paramref name="samples"/> samples, then one fuser.</summary>
    public static ArchitectureConfig SamplesThenFuser(int samples) => Parse($$"""
        {"name": "samples-fuser", "layers": [
          [{"type": "generator", "model": "sim-medium", "samples": {{samples}}}],
          [{"type": "fuser", "model": "sim-large"}]]}
        """);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the folder holding Archon.Functions.sln");
    }
}
