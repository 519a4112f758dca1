namespace Archon.Core.Components.Critic;

/// <summary>One critique read from a critic's reply.</summary>
internal sealed record ParsedCritique(string Strengths, string Weaknesses);
