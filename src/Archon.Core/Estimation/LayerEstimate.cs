namespace Archon.Core.Estimation;

/// <summary>Estimated work of one layer for one query.</summary>
/// <param name="Index">Zero-based layer index.</param>
/// <param name="Type">The layer's component type.</param>
/// <param name="Calls">Model calls in the worst case.</param>
/// <param name="CandidatesIn">Candidates the layer receives.</param>
/// <param name="CandidatesOut">Candidates the layer passes on (worst case: the most).</param>
/// <param name="InputTokens">Estimated prompt tokens.</param>
/// <param name="OutputTokens">Estimated output tokens.</param>
/// <param name="CostUsd">Estimated dollars (priced models only).</param>
public sealed record LayerEstimate(
    int Index,
    string Type,
    int Calls,
    int CandidatesIn,
    int CandidatesOut,
    long InputTokens,
    long OutputTokens,
    decimal CostUsd);
