namespace Archon.Workflows.Searches;

/// <summary>The input of <see cref="ResolvePoint"/>: a space search's plan and one of its feasible points.</summary>
internal sealed record ResolvePointRequest(SpaceSearchPlan Plan, int PointIndex);
