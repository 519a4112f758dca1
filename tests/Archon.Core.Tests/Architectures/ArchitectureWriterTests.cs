using Archon.Core.Architectures;

namespace Archon.Core.Tests.Architectures;

public sealed class ArchitectureWriterTests
{
    public static TheoryData<string> AllExamples() =>
    [
        .. Directory.GetFiles(RepositoryFiles.ExamplesFolder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.ExamplesFolder, f))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void ToJson_Example_LoadsBackToTheSameArchitecture(string file)
    {
        var original = ArchitectureLoader.LoadFile(Path.Combine(RepositoryFiles.ExamplesFolder, file)).Architecture!;

        var reloaded = ArchitectureLoader.Parse(ArchitectureWriter.ToJson(original), "written.json");

        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Diagnostics));
        Assert.Empty(reloaded.Diagnostics);
        Assert.Equal(Describe(original), Describe(reloaded.Architecture!));
    }

    [Fact]
    public void ToJson_SettingsAndCustomKeys_AreWrittenWithTheirValues()
    {
        var original = ArchitectureLoader.Parse("""
            {"name": "n", "layers": [
                [{"type": "generator", "model": "m", "samples": 2}],
                [{"type": "my_filter", "model": "m", "threshold": 0.25, "ranker_config": {"ranker_batch_size": 16}}]
            ]}
            """).Architecture!;

        var reloaded = ArchitectureLoader.Parse(ArchitectureWriter.ToJson(original)).Architecture!;

        var component = reloaded.Layers[1].Components[0];
        Assert.Equal(0.25, component.Settings["threshold"].GetDouble());
        Assert.Equal(16, component.Settings["ranker_config"].GetProperty("ranker_batch_size").GetInt32());
    }

    private static string Describe(ArchitectureConfig a) =>
        a.Name + "|" + a.Description + "|" + string.Join(
            " / ",
            a.Layers.Select(l => string.Join(
                ", ",
                l.Components.Select(c =>
                    $"{c.Type}:{c.Model}:{c.ModelType}:{c.Temperature}:{c.MaxTokens}:{c.Samples}:{c.TopK}:" +
                    string.Join(";", c.Settings.Select(s => s.Key + "=" + s.Value.GetRawText()))))));
}
