using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Microsoft.Extensions.AI;
using Xunit.Abstractions;

namespace Archon.Models.Tests.Simulation;

/// <summary>
/// The simulation reproduces the paper's directions through the real components and runner: more samples with a
/// good ranker and fuser beat one call of the same model; a weak fuser makes things worse.
/// </summary>
public sealed class SimEnsembleTests(ITestOutputHelper output)
{
    private const string Catalog = """
    { "models": [
      { "name": "gen", "kind": "sim", "skill": 0.55 },
      { "name": "judge", "kind": "sim", "skill": 0.9 },
      { "name": "weak", "kind": "sim", "skill": 0.2 }
    ] }
    """;

    private static readonly IReadOnlyList<SyntheticTask> Tasks = SyntheticTasks.Generate(150, seed: 2024);

    private static async Task<double> AccuracyAsync(string architectureJson)
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = Catalog, CacheCapacity = 0 });
        var load = ArchitectureLoader.Parse(architectureJson, "test");
        Assert.True(load.Succeeded, string.Join("; ", load.Diagnostics.Select(d => d.Message)));
        var runner = new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry());
        var right = 0;
        foreach (var task in Tasks)
        {
            var result = await runner.RunAsync(load.Architecture!, [new ChatMessage(ChatRole.User, task.Question)]);
            Assert.True(result.Simulated);
            right += SyntheticTasks.ExtractAnswer(result.Answer) == task.Answer ? 1 : 0;
        }

        return right / (double)Tasks.Count;
    }

    [Fact]
    public async Task DefaultCatalog_StructuredComponents_EveryReplyParsesAtTheFirstAttempt()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0, CacheCapacity = 0 });
        var load = ArchitectureLoader.Parse("""
        { "name": "structured", "layers": [
          [ { "type": "generator", "model": "sim-medium", "samples": 4 } ],
          [ { "type": "critic", "model": "sim-large" } ],
          [ { "type": "ranker", "model": "sim-large", "top_k": 3 } ],
          [ { "type": "verifier", "model": "sim-medium" } ],
          [ { "type": "fuser", "model": "sim-large" } ]
        ] }
        """, "test");
        var runner = new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry());

        foreach (var task in Tasks.Take(60))
        {
            var result = await runner.RunAsync(load.Architecture!, [new ChatMessage(ChatRole.User, task.Question)]);

            Assert.All(result.Trace.Calls, c => Assert.Equal(0, c.Attempt));
            Assert.DoesNotContain(result.Trace.Warnings, w => w.Message.Contains("unparseable", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Ensemble_TenSamplesGoodRankerGoodFuser_BeatsSingleCallOfSameModel()
    {
        var single = await AccuracyAsync("""{ "name": "single", "layers": [[ { "type": "generator", "model": "gen", "samples": 1 } ]] }""");
        var ensemble = await AccuracyAsync("""
        { "name": "ensemble", "layers": [
          [ { "type": "generator", "model": "gen", "samples": 10 } ],
          [ { "type": "ranker", "model": "judge", "top_k": 5 } ],
          [ { "type": "fuser", "model": "judge" } ]
        ] }
        """);

        output.WriteLine($"single {single:P1}, ensemble {ensemble:P1}");
        Assert.InRange(single, 0.4, 0.7);
        Assert.True(ensemble >= single + 0.2, $"ensemble {ensemble:P0} vs single {single:P0}");
    }

    [Fact]
    public async Task Ensemble_WeakFuser_ScoresBelowSingleCall()
    {
        var single = await AccuracyAsync("""{ "name": "single", "layers": [[ { "type": "generator", "model": "gen", "samples": 1 } ]] }""");
        var weakFusion = await AccuracyAsync("""
        { "name": "weak-fusion", "layers": [
          [ { "type": "generator", "model": "gen", "samples": 10 } ],
          [ { "type": "fuser", "model": "weak" } ]
        ] }
        """);

        output.WriteLine($"single {single:P1}, weak fusion {weakFusion:P1}");
        Assert.True(weakFusion < single - 0.1, $"weak fuser {weakFusion:P0} vs single {single:P0}");
    }
}
