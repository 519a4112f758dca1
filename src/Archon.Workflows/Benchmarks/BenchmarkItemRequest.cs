using Archon.Core.Architectures;

namespace Archon.Workflows.Benchmarks;

/// <summary>The input of the item activities: which run, which item, and how the run scores.</summary>
internal sealed record BenchmarkItemRequest(string RunId, string Dataset, ArchitectureConfig Architecture, ItemSource Items, int Index, BenchmarkJudge? Judge)
{
    public static BenchmarkItemRequest For(BenchmarkRunInput run, int index) =>
        new(run.RunId, run.Dataset, run.Architecture, run.Items, index, run.Judge);
}
