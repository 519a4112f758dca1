using Archon.Core.Architectures;

namespace Archon.Workflows.Searches;

/// <summary>
/// The input of <see cref="SaveSearch"/>: the document without the best trial's config, and what resolves it (the
/// best candidate's config, or the plan whose point the best trial evaluated).
/// </summary>
internal sealed record SaveSearchRequest(SearchDocument Document, ArchitectureConfig? BestCandidate, SpaceSearchPlan? Plan, bool Final = false);
