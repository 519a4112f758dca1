using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Models.Setup;

namespace Archon.Benchmarks.Tests.Running;

/// <summary>The whole bench path on the simulated models: dataset file, runner, real components, scorer.</summary>
public class SimEnsembleBenchmarkTests
{
    private static ArchitectureConfig Parse(string json)
    {
        var load = ArchitectureLoader.Parse(json, "test");
        Assert.True(load.Succeeded, string.Join("; ", load.Diagnostics));
        return load.Architecture!;
    }

    [Fact]
    public async Task RunAsync_EnsembleOfSamplesRankerFuser_ScoresHigherThanSingleCallOfSameModel()
    {
        var dir = Support.TestPaths.TempDir();
        var path = Path.Combine(dir, "synthetic.jsonl");
        SyntheticDataset.Write(path, 120, seed: 5);
        var items = DatasetLoaders.Load(DatasetKinds.Synthetic, path, MalformedEntryPolicy.Fail).Items;
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 0 });
        var bench = new BenchmarkRunner(new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry()), Scorers.ForKind(DatasetKinds.Synthetic));

        var single = await bench.RunAsync(items, Parse("""{ "name": "single", "layers": [[ { "type": "generator", "model": "sim-medium" } ]] }"""), new BenchmarkRunOptions { Concurrency = 16 });
        var ensemble = await bench.RunAsync(items, Parse("""
            { "name": "ensemble", "layers": [
              [ { "type": "generator", "model": "sim-medium", "samples": 8 } ],
              [ { "type": "ranker", "model": "sim-large", "top_k": 4 } ],
              [ { "type": "fuser", "model": "sim-large" } ]
            ] }
            """), new BenchmarkRunOptions { Concurrency = 16 });

        Assert.Equal(0, single.Summary.Errors);
        Assert.Equal(0, ensemble.Summary.Errors);
        Assert.True(single.Summary.Simulated && ensemble.Summary.Simulated);
        Assert.True(ensemble.Summary.Score > single.Summary.Score + 0.1, $"ensemble {ensemble.Summary.Score:P1} vs single {single.Summary.Score:P1}");
        Assert.True(ensemble.Summary.CallsPerItem >= 10);
        Assert.True(ensemble.Summary.Ci95[0] > single.Summary.Score, "the ensemble's interval should clear the single call's score");
    }
}
