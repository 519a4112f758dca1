using Archon.Core.Architectures;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// The input of <see cref="BenchmarkOrchestration"/> (instance id = run id). <see cref="Count"/> items from the start of
/// <see cref="Items"/> are run, at most <see cref="Parallel"/> at once, <see cref="ChunkItems"/> per history (then the
/// orchestration continues as new with <see cref="Position"/>). With <see cref="ItemsAsOrchestrations"/> each item's
/// turns run as <see cref="Queries.ArchitectureOrchestration"/> sub-orchestrations (one activity per model call) instead
/// of one in-process item activity.
/// </summary>
internal sealed record BenchmarkRunInput(
    string RunId,
    string Dataset,
    ArchitectureConfig Architecture,
    ItemSource Items,
    int Count,
    int Parallel = BenchmarkRunInput.DefaultParallel,
    int ChunkItems = BenchmarkRunInput.DefaultChunkItems,
    bool ItemsAsOrchestrations = false,
    BenchmarkJudge? Judge = null,
    string? SearchId = null,
    BenchmarkRunPosition? Position = null)
{
    public const int DefaultParallel = 32;
    public const int DefaultChunkItems = 128;
}
