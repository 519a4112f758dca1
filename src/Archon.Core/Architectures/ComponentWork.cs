namespace Archon.Core.Architectures;

/// <summary>Estimated calls and tokens of one component for one query.</summary>
/// <param name="Calls">Model calls (worst case: no early stop).</param>
/// <param name="InputTokens">Estimated prompt tokens over those calls.</param>
/// <param name="OutputTokens">Estimated reply tokens over those calls.</param>
public readonly record struct ComponentWork(int Calls, long InputTokens, long OutputTokens);
