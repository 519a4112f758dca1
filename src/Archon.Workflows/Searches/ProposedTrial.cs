using Archon.Core.Architectures;
using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>A trial the strategy asked for (the point and the item prefix to evaluate it on) with its point's architecture.</summary>
internal sealed record ProposedTrial(TrialRecord Trial, ArchitectureConfig Architecture);
