using System.Globalization;
using System.Text;
using Archon.Benchmarks.Datasets;
using Archon.Core.Tracing;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// MT-Bench pairwise grading (FastChat's <c>pairwise-baseline</c> mode): per turn the judge compares the
/// architecture's answer with the baseline's twice, once in each position; turn 1 shows the question and both answers,
/// turn 2 both whole conversations. Verdicts are <c>[[A]]</c>, <c>[[B]]</c> or <c>[[C]]</c> (tie). A turn scores 1
/// (win), 0.5 (tie, or the two games disagree) or 0 (loss); a single parsed game decides alone; a turn with none is
/// left out, and an item with no scored turn is unscored. The item's score is the mean over its turns, so the run's
/// score is the win rate against the baseline with ties as half.
/// </summary>
internal sealed class MtBenchPairwiseScorer(JudgeClient judge, IReadOnlyDictionary<string, string> baselines) : IScorer
{
    private const string System =
        "Please act as an impartial judge and compare the responses of two AI assistants to the user's question shown below. "
        + "Choose the assistant that follows the user's instructions and answers the question better, weighing helpfulness, relevance, "
        + "accuracy, depth, creativity and level of detail. Neither the order in which the responses appear, nor their length, nor the "
        + "assistants' names may influence you; be as objective as possible. Explain your comparison briefly, then give your verdict "
        + "strictly as \"[[A]]\" if assistant A is better, \"[[B]]\" if assistant B is better, or \"[[C]]\" for a tie.";

    private const string SystemMultiTurn =
        "Please act as an impartial judge and compare two AI assistants' conversations with a user, shown below. Judge only the "
        + "answers to the user's second question, in the light of the whole conversation: which assistant follows the instructions "
        + "and answers better, weighing helpfulness, relevance, accuracy, depth, creativity and level of detail. Neither the order of "
        + "the conversations, nor their length, nor the assistants' names may influence you. Explain briefly, then give your verdict "
        + "strictly as \"[[A]]\" if assistant A is better, \"[[B]]\" if assistant B is better, or \"[[C]]\" for a tie.";

    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var turns = Math.Min(answers.Count, item.Turns.Count);
        var baseline = Enumerable.Range(0, turns).Select(t => Baseline(item, t, turns)).ToList();
        var usage = UsageTotals.Zero;
        var simulated = false;
        var scores = new List<double?>();
        var notes = new List<string>();
        for (var turn = 0; turn < turns; turn++)
        {
            var system = turn == 0 ? System : SystemMultiTurn;
            var reference = turn < item.References.Count && !string.IsNullOrWhiteSpace(item.References[turn]) ? item.References[turn] : null;
            var answerFirst = await judge.AskAsync(system, Prompt(item, turn, answers, baseline, reference), cancellationToken).ConfigureAwait(false);
            var baselineFirst = await judge.AskAsync(system, Prompt(item, turn, baseline, answers, reference), cancellationToken).ConfigureAwait(false);
            usage = UsageMath.Add(usage, UsageMath.Add(answerFirst.Usage, baselineFirst.Usage));
            simulated |= answerFirst.Simulated || baselineFirst.Simulated;
            var g1 = ScoreForA(JudgeVerdicts.ParseWinner(answerFirst.Text));
            var g2 = 1 - ScoreForA(JudgeVerdicts.ParseWinner(baselineFirst.Text));
            var score = Combine(g1, g2);
            scores.Add(score);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"turn {turn + 1}: {Outcome(g1)}/{Outcome(g2)} → {Outcome(score)}"));
        }

        var parsed = scores.Where(s => s is not null).Select(s => s!.Value).ToList();
        return new ItemScore
        {
            Score = parsed.Count == 0 ? null : parsed.Average(),
            Detail = string.Join("; ", notes),
            JudgeUsage = usage,
            JudgeSimulated = simulated,
        };
    }

    /// <summary>One turn's score from the answer-first and baseline-first games (each the answer's score, or null).</summary>
    internal static double? Combine(double? answerFirst, double? baselineFirst) => (answerFirst, baselineFirst) switch
    {
        ({ } a, { } b) => a == b ? a : 0.5,
        ({ } a, null) => a,
        (null, { } b) => b,
        _ => null,
    };

    private string Baseline(BenchmarkItem item, int turn, int turns)
    {
        if (baselines.TryGetValue(BaselineAnswers.TurnKey(item.Id, turn + 1), out var perTurn))
        {
            return perTurn;
        }

        if (turn == turns - 1 && baselines.TryGetValue(item.Id, out var last))
        {
            return last;
        }

        throw new InvalidOperationException(
            $"no baseline answer for turn {turn + 1} of item '{item.Id}': pairwise MT-Bench needs every turn's answer "
            + "(a bench --out dir of an mt-bench run, FastChat model answers JSONL, or keys '<id>#<turn>')");
    }

    private static string Prompt(BenchmarkItem item, int turn, IReadOnlyList<string> a, IReadOnlyList<string> b, string? reference)
    {
        var sb = new StringBuilder();
        if (reference is not null)
        {
            sb.Append("<|The Start of Reference Answer|>\n").Append(reference).Append("\n<|The End of Reference Answer|>\n\n");
        }

        if (turn == 0)
        {
            sb.Append("[User Question]\n").Append(item.Turns[0]).Append("\n\n");
            sb.Append("<|The Start of Assistant A's Answer|>\n").Append(a[0]).Append("\n<|The End of Assistant A's Answer|>\n\n");
            sb.Append("<|The Start of Assistant B's Answer|>\n").Append(b[0]).Append("\n<|The End of Assistant B's Answer|>");
            return sb.ToString();
        }

        Conversation(sb, item, turn, "A", a);
        sb.Append("\n\n");
        Conversation(sb, item, turn, "B", b);
        return sb.ToString();
    }

    private static void Conversation(StringBuilder sb, BenchmarkItem item, int turn, string name, IReadOnlyList<string> answers)
    {
        sb.Append("<|The Start of Assistant ").Append(name).Append("'s Conversation with User|>\n");
        for (var k = 0; k <= turn; k++)
        {
            sb.Append("\n### User:\n").Append(item.Turns[k]).Append("\n\n### Assistant ").Append(name).Append(":\n").Append(answers[k]).Append('\n');
        }

        sb.Append("\n<|The End of Assistant ").Append(name).Append("'s Conversation with User|>");
    }

    private static double? ScoreForA(PairwiseVerdict? v) => v is { } verdict ? 1 - PairwiseJudgeScorer.ScoreForB(verdict) : null;

    private static string Outcome(double? score) => score switch
    {
        null => "unparseable",
        1 => "win",
        0 => "loss",
        _ => "tie",
    };
}
