namespace Archon.Workflows.Searches;

/// <summary>A space search's space as <c>GET /api/searches/{id}</c> shows it: its name and what enumeration kept and removed.</summary>
internal sealed record SearchSpaceInfo(string Name, int Feasible, int Infeasible, IReadOnlyDictionary<string, int> InfeasibleByRule);
