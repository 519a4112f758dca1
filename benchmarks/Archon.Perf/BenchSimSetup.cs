using Archon.Benchmarks.Datasets;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Models.Setup;

namespace Archon.Perf;

/// <summary>Shared setup of the bench scenarios: sim models, the runner, a synthetic dataset file, an architecture.</summary>
internal static class BenchSimSetup
{
    /// <summary>Three samples of a medium model, a ranker and a fuser: 5 calls and 3 layers per item.</summary>
    public const string EnsembleJson = """
        { "name": "perf-ensemble", "layers": [
          [ { "type": "generator", "model": "sim-medium", "samples": 3 } ],
          [ { "type": "ranker", "model": "sim-large", "top_k": 2 } ],
          [ { "type": "fuser", "model": "sim-large" } ]
        ] }
        """;

    public static ArchitectureRunner Runner(int latencyMs) =>
        new(ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = latencyMs }).Resolver, BuiltInComponents.CreateRegistry());

    public static ArchitectureConfig Architecture()
    {
        var load = ArchitectureLoader.Parse(EnsembleJson, "perf");
        return load.Succeeded ? load.Architecture! : throw new InvalidOperationException(string.Join("; ", load.Diagnostics));
    }

    /// <summary>Writes <paramref name="count"/> synthetic tasks to a temp file and loads them back as a user would.</summary>
    public static IReadOnlyList<BenchmarkItem> Dataset(int count, int seed)
    {
        var path = Path.Combine(Path.GetTempPath(), $"archon-perf-synthetic-{Environment.ProcessId}.jsonl");
        try
        {
            SyntheticDataset.Write(path, count, seed);
            return DatasetLoaders.Load(DatasetKinds.Synthetic, path, MalformedEntryPolicy.Fail).Items;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
