using System.Globalization;
using System.Text;
using Archon.Benchmarks.Datasets;
using Archon.Core.Tracing;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// MT-Bench single-answer grading: the judge rates each turn 1–10 (with the reference answer where the question
/// has one, and the whole conversation for turn 2). The item's score is the mean parsed rating divided by 10;
/// unparseable ratings are left out, and an item with none is unscored.
/// </summary>
internal sealed class MtBenchScorer(JudgeClient judge) : IScorer
{
    private const string System =
        "Please act as an impartial judge and evaluate the quality of the AI assistant's answer to the user's last question. "
        + "Consider helpfulness, relevance, accuracy, depth, creativity and level of detail; when a reference answer is given, "
        + "compare correctness against it. Explain briefly, then rate the answer on a scale of 1 to 10 strictly in the format "
        + "\"Rating: [[5]]\".";

    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var usage = UsageTotals.Zero;
        var simulated = false;
        var ratings = new List<double?>();
        for (var turn = 0; turn < answers.Count && turn < item.Turns.Count; turn++)
        {
            var reply = await judge.AskAsync(System, Prompt(item, answers, turn), cancellationToken).ConfigureAwait(false);
            usage = UsageMath.Add(usage, reply.Usage);
            simulated |= reply.Simulated;
            ratings.Add(JudgeVerdicts.ParseRating(reply.Text));
        }

        var parsed = ratings.Where(r => r is not null).Select(r => r!.Value).ToList();
        return new ItemScore
        {
            Score = parsed.Count == 0 ? null : parsed.Average() / 10,
            Detail = "ratings: " + string.Join(", ", ratings.Select(r => r?.ToString(CultureInfo.InvariantCulture) ?? "unparseable")),
            JudgeUsage = usage,
            JudgeSimulated = simulated,
        };
    }

    private static string Prompt(BenchmarkItem item, IReadOnlyList<string> answers, int turn)
    {
        var sb = new StringBuilder();
        if (turn < item.References.Count && !string.IsNullOrWhiteSpace(item.References[turn]))
        {
            sb.Append("<|The Start of Reference Answer|>\n").Append(item.References[turn]).Append("\n<|The End of Reference Answer|>\n\n");
        }

        sb.Append("<|The Start of the Conversation|>\n");
        for (var k = 0; k <= turn; k++)
        {
            sb.Append("### User:\n").Append(item.Turns[k]).Append("\n\n### Assistant:\n").Append(answers[k]).Append("\n\n");
        }

        sb.Append("<|The End of the Conversation|>\n");
        sb.Append(CultureInfo.InvariantCulture, $"Rate the assistant's answer to turn {turn + 1}.");
        return sb.ToString();
    }
}
