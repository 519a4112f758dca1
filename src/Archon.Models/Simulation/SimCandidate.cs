namespace Archon.Models.Simulation;

/// <summary>A candidate as a simulated model sees it: its 1-based id, text and final answer (if any).</summary>
internal sealed record SimCandidate(int Id, string Text, long? Answer);
