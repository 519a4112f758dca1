using Archon.Core.Architectures;

namespace Archon.Workflows.Searches;

/// <summary>A trial the strategy asked for: the point, its architecture and the item prefix to evaluate it on.</summary>
internal sealed record ProposedTrial(int Index, int PointIndex, string Key, int Items, ArchitectureConfig Architecture);
