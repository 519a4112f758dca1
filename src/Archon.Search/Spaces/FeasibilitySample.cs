namespace Archon.Search.Spaces;

/// <summary>What a seeded sample of a sampled space's architectures found: the basis of its feasibility estimate.</summary>
/// <param name="Drawn">Distinct architectures drawn.</param>
/// <param name="Feasible">How many of them meet every constraint.</param>
/// <param name="InfeasibleByRule">How many of them each constraint removes (an architecture may break several).</param>
public sealed record FeasibilitySample(int Drawn, int Feasible, IReadOnlyDictionary<string, int> InfeasibleByRule)
{
    /// <summary>The feasible share of the sample.</summary>
    public double FeasibleFraction => Drawn == 0 ? 0 : (double)Feasible / Drawn;
}
