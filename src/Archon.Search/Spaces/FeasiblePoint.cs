using Archon.Core.Architectures;

namespace Archon.Search.Spaces;

/// <summary>A point that meets the space's constraints, with its stable index in enumeration order.</summary>
public sealed record FeasiblePoint(int Index, SearchPoint Point, ArchitectureConfig Architecture, ArchitectureCostEstimate Estimate)
{
    public string Key => Point.Key;
}
