using Archon.Core.Architectures;

namespace Archon.Core.Tests.Architectures;

/// <summary>Every architecture shipped in examples/architectures loads and validates.</summary>
public sealed class ExampleArchitecturesTests
{
    private static readonly ArchitectureValidationContext SimCatalog = new()
    {
        KnownModels = ["sim-small", "sim-medium", "sim-large", "sim-xl"],
    };

    public static TheoryData<string> Examples() => [.. Files(RepositoryFiles.ExamplesFolder)];

    public static TheoryData<string> Published() => [.. Files(RepositoryFiles.PublishedFolder)];

    [Fact]
    public void Examples_TheDocumentedSetIsPresent()
    {
        string[] expected = ["critic-ranker-fuser.json", "critique-fuse-rank.json", "ensemble.json", "moa.json", "single-model.json", "unit-tests.json", "verifier.json"];

        Assert.Subset(Files(RepositoryFiles.ExamplesFolder).ToHashSet(), expected.ToHashSet());
        Assert.True(Files(RepositoryFiles.PublishedFolder).Length >= 2);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_LoadsAndValidatesAgainstTheSimCatalog(string file)
    {
        var result = ArchitectureLoader.LoadFile(Path.Combine(RepositoryFiles.ExamplesFolder, file), SimCatalog);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.False(string.IsNullOrWhiteSpace(result.Architecture!.Description));
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void PublishedFormatExample_LoadsAndValidatesWithoutModelCheck(string file)
    {
        var result = ArchitectureLoader.LoadFile(Path.Combine(RepositoryFiles.PublishedFolder, file), ArchitectureValidationContext.Default);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Architecture!.Layers.SelectMany(l => l.Components), c => Assert.False(string.IsNullOrEmpty(c.ModelType)));
    }

    [Fact]
    public void PublishedFormatExamples_IncludeTheLegacyLayerForm()
    {
        var legacy = Files(RepositoryFiles.PublishedFolder)
            .Select(file => ArchitectureLoader.LoadFile(Path.Combine(RepositoryFiles.PublishedFolder, file)).Architecture!)
            .Where(a => a.Layers.All(l => l.LegacyForm));

        Assert.NotEmpty(legacy);
    }

    [Fact]
    public void PublishedFormatExamples_FailTheSimCatalogCheckNamingTheModel()
    {
        var path = Path.Combine(RepositoryFiles.PublishedFolder, "archon-gpt-4o-and-claude-3.5-sonnet-samples-then-verifier-then-fuser.json");

        var result = ArchitectureLoader.LoadFile(path, SimCatalog);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == "$.layers[0][0].model" && e.Message.Contains("'gpt-4o'", StringComparison.Ordinal));
    }

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
}
