using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Models.Pipeline;
using Archon.Models.Setup;

namespace Archon.Perf;

/// <summary>
/// One benchmark run against a <see cref="FaultInjectingChatServer"/>, through what <c>archon bench --no-cache</c>
/// builds: a catalog entry pointing at the server, <see cref="ModelSetup"/> with no response cache, the architecture
/// runner and <see cref="BenchmarkRunner"/>. Two generator samples then a fuser: 3 calls an item over 2 layers.
/// </summary>
internal static class FaultRun
{
    public static readonly ModelPricing Pricing = new(2.5m, 10m);

    private const string ArchitectureJson = """
        { "name": "faults-generate-fuse", "layers": [
          [ { "type": "generator", "model": "faulty", "samples": 2 } ],
          [ { "type": "fuser", "model": "faulty" } ]
        ] }
        """;

    public static async Task<FaultRunOutcome> RunAsync(IReadOnlyList<BenchmarkItem> items, double faultRate, int seed, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        await using var server = await FaultInjectingChatServer.StartAsync(faultRate, seed, attemptTimeout * 10, Pricing);
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = Catalog(server.BaseUrl, attemptTimeout), CacheCapacity = 0 });
        var runner = new BenchmarkRunner(new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry()), Scorers.ForKind(DatasetKinds.Synthetic));
        var load = ArchitectureLoader.Parse(ArchitectureJson, "faults");
        var architecture = load.Succeeded ? load.Architecture! : throw new InvalidOperationException(string.Join("; ", load.Diagnostics));
        var run = await runner.RunAsync(items, architecture, new BenchmarkRunOptions { Concurrency = 16 }, null, cancellationToken);
        return new FaultRunOutcome(run, server.Ledger, setup.Usage.Snapshot());
    }

    // maxRetries 8: at a 20 % fault rate a call fails outright with probability 0.2^9 (about 5e-7).
    private static string Catalog(Uri endpoint, TimeSpan attemptTimeout) => string.Create(CultureInfo.InvariantCulture, $$"""
        { "models": [ { "name": "faulty", "kind": "openai-compatible", "endpoint": "{{endpoint}}", "deployment": "faulty-1",
          "inputPricePerMillion": {{Pricing.InputPerMillion}}, "outputPricePerMillion": {{Pricing.OutputPerMillion}},
          "timeoutSeconds": {{attemptTimeout.TotalSeconds}}, "maxRetries": 8 } ] }
        """);
}
