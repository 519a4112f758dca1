using Archon.Core.Architectures;
using Archon.Core.Candidates;

namespace Archon.Workflows.Queries;

/// <summary>
/// The input of <see cref="RunComponentStep"/>: one component (or one sample of it) of one layer, the layer's input,
/// and what is left of the query's limits when the layer started.
/// </summary>
internal sealed record ComponentStepRequest(
    ArchitectureConfig Architecture,
    int Layer,
    int ComponentIndex,
    int? Sample,
    IReadOnlyList<QueryMessage> Messages,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<string> UnitTests,
    int? MaxCalls,
    decimal? MaxCostUsd,
    DateTime? DeadlineUtc);
