using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;
using Archon.Core.Text;

namespace Archon.Benchmarks.Scoring;

/// <summary>The scorer for each dataset kind.</summary>
public static class Scorers
{
    /// <summary>Returns the scorer for <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException">Unknown kind, or a judge kind without a judge.</exception>
    public static IScorer ForKind(string kind, ScorerOptions? options = null)
    {
        options ??= new ScorerOptions();
        return kind switch
        {
            DatasetKinds.Gsm8k => new Gsm8kScorer(),
            DatasetKinds.Math => new MathScorer(),
            DatasetKinds.Synthetic => new SyntheticScorer(),
            DatasetKinds.MixEval => new MixEvalScorer(options.MixEvalUseJudge ? Judge(options, kind) : null),
            DatasetKinds.MtBench => new MtBenchScorer(Judge(options, kind)),
            DatasetKinds.MtBenchPairwise => new MtBenchPairwiseScorer(Judge(options, kind), Baselines(options)),
            DatasetKinds.ArenaHard => new PairwiseJudgeScorer(Judge(options, kind), Baselines(options)),
            DatasetKinds.AlpacaEval => new PairwiseJudgeScorer(Judge(options, kind), Baselines(options), recordBaselineLength: true),
            DatasetKinds.HumanEval or DatasetKinds.Mbpp => new CodeScorer(new PythonSandbox(options.Sandbox)),
            DatasetKinds.HumanEvalCs => new CSharpCodeScorer(new CSharpSandbox(options.Sandbox)),
            DatasetKinds.CodeContests => new CodeContestsScorer(options.Sandbox),
            _ => throw new ArgumentException(
                $"unknown dataset kind '{ClippedText.Clip(kind)}'; expected one of: {string.Join(", ", DatasetKinds.All)}", nameof(kind)),
        };
    }

    /// <summary>A scorer that records answers and leaves every item unscored (to produce baseline answers).</summary>
    public static IScorer AnswersOnly { get; } = new AnswersOnlyScorer();

    private static IReadOnlyDictionary<string, string> Baselines(ScorerOptions options) =>
        options.BaselineAnswers ?? new Dictionary<string, string>();

    private static JudgeClient Judge(ScorerOptions options, string kind) =>
        options is { Judge: { } judge, JudgeRunner: { } runner }
            ? new JudgeClient(judge, runner, options.JudgeQueryOptions)
            : throw new ArgumentException($"dataset kind '{kind}' is scored by an LLM judge: pass a judge architecture (--judge <arch.json>)", nameof(options));
}
