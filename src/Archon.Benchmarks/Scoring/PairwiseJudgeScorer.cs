using System.Globalization;
using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// Arena-Hard / AlpacaEval: the judge compares the answer with the baseline's answer twice, once with the baseline
/// as assistant A and once as B, to cancel position bias. Each game scores the answer 1 (better), 0.5 (tie) or 0
/// (worse); the item's score is the mean over the games whose verdict parsed, so the run's score is the win rate.
/// An item whose verdicts are all unparseable is left unscored.
/// </summary>
/// <param name="judge">The judge architecture.</param>
/// <param name="baselines">Baseline answers by item id (or prompt).</param>
/// <param name="recordBaselineLength">AlpacaEval: record the baseline's length for the length-controlled win rate.</param>
internal sealed class PairwiseJudgeScorer(JudgeClient judge, IReadOnlyDictionary<string, string> baselines, bool recordBaselineLength = false) : IScorer
{
    private const string System =
        "Please act as an impartial judge and compare the quality of two AI assistants' answers to the user prompt. "
        + "First write your own answer, then compare both answers with it and judge helpfulness, relevance, accuracy and concision. "
        + "Ignore the order in which the answers are shown and their length. "
        + "End with exactly one verdict label: [[A>>B]] (A is significantly better), [[A>B]] (A is slightly better), "
        + "[[A=B]] (tie), [[B>A]] (B is slightly better) or [[B>>A]] (B is significantly better).";

    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var baseline = Baseline(item)
                       ?? throw new InvalidOperationException($"no baseline answer for item '{item.Id}' (pass --baseline <answers>)");
        var answer = answers.Count > 0 ? answers[^1] : string.Empty;
        var question = string.Join("\n\n", item.Turns);

        var first = await judge.AskAsync(System, Prompt(question, baseline, answer), cancellationToken).ConfigureAwait(false);
        var second = await judge.AskAsync(System, Prompt(question, answer, baseline), cancellationToken).ConfigureAwait(false);
        var v1 = JudgeVerdicts.ParsePairwise(first.Text);
        var v2 = JudgeVerdicts.ParsePairwise(second.Text);
        var games = new List<double>();
        if (v1 is { } a)
        {
            games.Add(ScoreForB(a));
        }

        if (v2 is { } b)
        {
            games.Add(1 - ScoreForB(b));
        }

        var usage = UsageMath.Add(first.Usage, second.Usage);
        return new ItemScore
        {
            Score = games.Count == 0 ? null : games.Average(),
            Detail = string.Create(
                CultureInfo.InvariantCulture,
                $"baseline-first: {Label(v1)}; answer-first: {Label(v2)}"),
            JudgeUsage = usage,
            JudgeSimulated = first.Simulated || second.Simulated,
            BaselineChars = recordBaselineLength ? Results.LengthControlledWinRate.CharCount(baseline) : null,
        };
    }

    private string? Baseline(BenchmarkItem item)
    {
        if (baselines.TryGetValue(item.Id, out var byId))
        {
            return byId;
        }

        if (item.Turns.Count > 0 && baselines.TryGetValue(item.Turns[0], out var byPrompt))
        {
            return byPrompt;
        }

        return item.Kind == DatasetKinds.AlpacaEval && item.References.Count > 0 ? item.References[0] : null;
    }

    private static string Prompt(string question, string a, string b) =>
        $"<|User Prompt|>\n{question}\n\n<|The Start of Assistant A's Answer|>\n{a}\n<|The End of Assistant A's Answer|>\n\n"
        + $"<|The Start of Assistant B's Answer|>\n{b}\n<|The End of Assistant B's Answer|>";

    /// <summary>The score of assistant B under verdict <paramref name="v"/>.</summary>
    internal static double ScoreForB(PairwiseVerdict v) => v switch
    {
        PairwiseVerdict.AMuchBetter or PairwiseVerdict.ABetter => 0,
        PairwiseVerdict.Tie => 0.5,
        _ => 1,
    };

    private static string Label(PairwiseVerdict? v) => v switch
    {
        PairwiseVerdict.AMuchBetter => "A>>B",
        PairwiseVerdict.ABetter => "A>B",
        PairwiseVerdict.Tie => "A=B",
        PairwiseVerdict.BBetter => "B>A",
        PairwiseVerdict.BMuchBetter => "B>>A",
        _ => "unparseable",
    };
}
