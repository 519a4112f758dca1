using Archon.Benchmarks.Sandbox;
using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Benchmarks.Scoring;

/// <summary>What scorers may need beyond the item: a judge, a baseline, sandbox limits.</summary>
public sealed record ScorerOptions
{
    /// <summary>The judge architecture (MT-Bench, Arena-Hard, AlpacaEval, MixEval judge mode), or null.</summary>
    public ArchitectureConfig? Judge { get; init; }

    /// <summary>Runs the judge architecture; required when <see cref="Judge"/> is set.</summary>
    public IArchitectureRunner? JudgeRunner { get; init; }

    /// <summary>Per-call limits for judge queries.</summary>
    public QueryOptions JudgeQueryOptions { get; init; } = QueryOptions.None;

    /// <summary>Baseline answers by item id (pairwise kinds). AlpacaEval falls back to the file's <c>output</c>.</summary>
    public IReadOnlyDictionary<string, string>? BaselineAnswers { get; init; }

    /// <summary>MixEval free-form: ask the judge instead of normalised string match (needs <see cref="Judge"/>).</summary>
    public bool MixEvalUseJudge { get; init; }

    /// <summary>Limits for the code sandbox.</summary>
    public SandboxOptions Sandbox { get; init; } = new();
}
