using Archon.Core.Tracing;

namespace Archon.Benchmarks.Scoring;

/// <summary>A scorer's verdict on one item.</summary>
public sealed record ItemScore
{
    /// <summary>Score in [0, 1] (judge ratings are rescaled), or null when the answer could not be scored.</summary>
    public double? Score { get; init; }

    /// <summary>True/false for exact-answer kinds; null for graded kinds (judges).</summary>
    public bool? Correct { get; init; }

    /// <summary>What the scorer extracted or decided, e.g. <c>extracted 42, expected 42</c> or the judge's verdicts.</summary>
    public string? Detail { get; init; }

    /// <summary>Calls the scorer itself made (LLM judges); zero otherwise.</summary>
    public UsageTotals JudgeUsage { get; init; } = UsageTotals.Zero;

    /// <summary>True when a simulated model judged.</summary>
    public bool JudgeSimulated { get; init; }

    /// <summary>Code kinds: the sandbox mode the code ran in (see <see cref="Sandbox.SandboxModes"/>); null otherwise.</summary>
    public string? Sandbox { get; init; }

    /// <summary>AlpacaEval: the baseline answer's length in characters (for the length-controlled win rate); null otherwise.</summary>
    public int? BaselineChars { get; init; }

    /// <summary>A correct (1) or wrong (0) exact answer.</summary>
    public static ItemScore Exact(bool correct, string? detail) =>
        new() { Score = correct ? 1 : 0, Correct = correct, Detail = detail };
}
