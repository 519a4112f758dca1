using System.Globalization;
using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// MixEval: multiple-choice by option letter or option text; free-form by normalised match against any target
/// (exact, or the target appearing as whole words in a short answer), or — in judge mode — by the judge's 0–1 score
/// against the targets, as the original grades free-form answers.
/// </summary>
internal sealed class MixEvalScorer(JudgeClient? judge) : IScorer
{
    private const string JudgeSystem =
        "You grade a short answer against the gold answers. Reply with a score between 0 and 1 in double brackets, e.g. [[1.0]] for correct, [[0.0]] for wrong.";

    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var answer = answers.Count > 0 ? answers[^1] : string.Empty;
        if (item.Options.Count > 0)
        {
            var choice = MultipleChoice.Choice(answer, item.Options);
            var correct = choice is { } c && item.CorrectOptions.Contains(c);
            var expected = string.Join('/', item.CorrectOptions.Select(BenchmarkPrompts.OptionLetter));
            return ItemScore.Exact(correct, $"chose {(choice is { } ch ? BenchmarkPrompts.OptionLetter(ch) : "nothing")}, expected {expected}");
        }

        if (judge is null)
        {
            var match = FreeFormMatch(answer, item.References);
            return ItemScore.Exact(match is not null, match is null ? "no target matched" : $"matched '{match}'");
        }

        var prompt = $"Question:\n{item.Turns[0]}\n\nGold answers (any is correct):\n- {string.Join("\n- ", item.References)}\n\nAnswer to grade:\n{answer}";
        var reply = await judge.AskAsync(JudgeSystem, prompt, cancellationToken).ConfigureAwait(false);
        var score = JudgeVerdicts.ParseScore(reply.Text);
        return new ItemScore
        {
            Score = score,
            Correct = score is { } s ? s >= 0.5 : null,
            Detail = score is null ? "judge score unparseable" : string.Create(CultureInfo.InvariantCulture, $"judge score {score}"),
            JudgeUsage = reply.Usage,
            JudgeSimulated = reply.Simulated,
        };
    }

    /// <summary>The first target the answer matches after normalisation, or null.</summary>
    internal static string? FreeFormMatch(string answer, IReadOnlyList<string> targets)
    {
        var a = TextNormalizer.Normalize(answer);
        if (a.Length == 0)
        {
            return null;
        }

        foreach (var target in targets)
        {
            var t = TextNormalizer.Normalize(target);
            if (t.Length > 0 && (a == t || $" {a} ".Contains($" {t} ", StringComparison.Ordinal)))
            {
                return target;
            }
        }

        return null;
    }
}
