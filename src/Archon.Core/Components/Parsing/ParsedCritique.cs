namespace Archon.Core.Components.Parsing;

/// <summary>One critique read from a critic's reply.</summary>
internal sealed record ParsedCritique(string Strengths, string Weaknesses);
