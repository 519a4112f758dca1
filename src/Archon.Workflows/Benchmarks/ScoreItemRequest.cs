using Archon.Workflows.Queries;

namespace Archon.Workflows.Benchmarks;

/// <summary>The input of <see cref="ScoreBenchmarkItem"/>: the item and its turns' answers from the architecture orchestration.</summary>
internal sealed record ScoreItemRequest(BenchmarkItemRequest Item, IReadOnlyList<QueryResponse> Turns);
