using Archon.Core.Architectures;

namespace Archon.Workflows.Queries;

/// <summary>
/// The input of <see cref="ArchitectureOrchestration"/>: a validated architecture, the conversation, and the query's
/// limits. <see cref="DeadlineUtc"/> is absolute so that every replay and every activity sees the same deadline.
/// <see cref="SaveResult"/> writes the response to <c>queries/{id}/result.json</c> (async queries keep their result
/// after the orchestration's history is purged).
/// </summary>
internal sealed record ArchitectureRunInput(
    ArchitectureConfig Architecture,
    IReadOnlyList<QueryMessage> Messages,
    int? MaxCalls = null,
    decimal? MaxCostUsd = null,
    DateTime? DeadlineUtc = null,
    bool SaveResult = false);
