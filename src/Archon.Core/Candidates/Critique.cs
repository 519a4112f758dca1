namespace Archon.Core.Candidates;

/// <summary>A critic's assessment of one candidate.</summary>
public sealed record Critique(string Strengths, string Weaknesses, string Model);
