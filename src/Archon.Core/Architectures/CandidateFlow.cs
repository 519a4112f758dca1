namespace Archon.Core.Architectures;

/// <summary>What reaches a layer, for estimation: how many candidates, how long each is, critiques, unit tests.</summary>
/// <param name="Count">Number of candidates.</param>
/// <param name="Length">Estimated tokens per candidate.</param>
/// <param name="HasCritiques">True when a critic ran and no layer has since replaced the candidates.</param>
/// <param name="UnitTests">Unit tests written by the previous unit-test generator layer.</param>
public sealed record CandidateFlow(int Count = 0, long Length = 0, bool HasCritiques = false, int UnitTests = 0);
