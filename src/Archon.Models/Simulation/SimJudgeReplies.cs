using System.Globalization;
using System.Text;
using Archon.Core.Synthetic;

namespace Archon.Models.Simulation;

/// <summary>
/// Replies to recognised LLM-judge prompts in exactly the formats the bench library parses: <c>Rating: [[N]]</c>,
/// one pairwise label <c>[[A&gt;&gt;B]]</c> … <c>[[B&gt;&gt;A]]</c>, or a 0–1 score <c>[[1.0]]</c>. Where the truth is
/// known (a synthetic task's <c>Answer: N</c>, or gold answers) the judge sees it with probability = skill; otherwise
/// the verdict is seeded, pairwise ones with a slight tie bias. Every reply starts with <c>[simulated]</c>.
/// </summary>
internal static class SimJudgeReplies
{
    public static string Respond(SimContext c, SimJudgePrompt judge) => judge.Kind switch
    {
        SimJudgeKind.Pairwise => Pairwise(c, judge),
        SimJudgeKind.Rating => Rating(c, judge),
        _ => Score(c, judge),
    };

    private static string Pairwise(SimContext c, SimJudgePrompt judge)
    {
        var a = Truth(judge, judge.Answers[0]);
        var b = Truth(judge, judge.Answers[1]);
        string verdict;
        string reason;
        if (a is { } ta && b is { } tb && ta != tb && c.Chance(c.Skill))
        {
            var strong = c.Random.NextDouble() < 0.6;
            verdict = ta ? (strong ? "A>>B" : "A>B") : (strong ? "B>>A" : "B>A");
            reason = $"Assistant {(ta ? 'A' : 'B')} reaches the right final answer and Assistant {(ta ? 'B' : 'A')} does not.";
        }
        else
        {
            var r = c.Random.NextDouble();
            verdict = r switch
            {
                < 0.15 => "A>>B",
                < 0.35 => "A>B",
                < 0.65 => "A=B",
                < 0.85 => "B>A",
                _ => "B>>A",
            };
            reason = "Both answers address the prompt; the judgement between them is a simulated one.";
        }

        return Reply(c, "comparison", reason, $"My final verdict is: [[{verdict}]]");
    }

    private static string Rating(SimContext c, SimJudgePrompt judge)
    {
        int rating;
        string reason;
        if (Truth(judge, judge.Answers[0]) is { } truth)
        {
            var judgedRight = c.Chance(c.Skill) ? truth : !truth;
            rating = judgedRight ? 7 + c.Random.Next(4) : 1 + c.Random.Next(4);
            reason = judgedRight ? "The final answer checks out against the question." : "The final answer does not check out against the question.";
        }
        else
        {
            rating = 3 + c.Random.Next(6);
            reason = "The answer addresses the question; the rating is a simulated one.";
        }

        return Reply(c, "grading", reason, string.Create(CultureInfo.InvariantCulture, $"Rating: [[{rating}]]"));
    }

    private static string Score(SimContext c, SimJudgePrompt judge)
    {
        string score;
        string reason;
        if (Truth(judge, judge.Answers[0]) is { } truth)
        {
            var judgedRight = c.Chance(c.Skill) ? truth : !truth;
            score = judgedRight ? "1.0" : "0.0";
            reason = judgedRight ? "The answer agrees with a gold answer." : "The answer does not agree with any gold answer.";
        }
        else
        {
            score = string.Create(CultureInfo.InvariantCulture, $"{c.Random.Next(11) / 10.0:0.0}");
            reason = "No gold answer to compare with; the score is a simulated one.";
        }

        return Reply(c, "grade", reason, $"[[{score}]]");
    }

    /// <summary>Whether <paramref name="answer"/> is right, when the simulation can tell; null when it cannot.</summary>
    private static bool? Truth(SimJudgePrompt judge, string answer)
    {
        if (judge.Correct is { } correct)
        {
            return SyntheticTasks.ExtractAnswer(answer) == correct;
        }

        if (judge.Kind == SimJudgeKind.Score && judge.Gold.Count > 0)
        {
            var normalized = Normalize(answer);
            var number = SyntheticTasks.ExtractAnswer(answer);
            return judge.Gold.Any(g =>
            {
                var t = Normalize(g);
                return (t.Length > 0 && (normalized == t || $" {normalized} ".Contains($" {t} ", StringComparison.Ordinal)))
                       || (number is { } n && long.TryParse(g.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var gn) && gn == n);
            });
        }

        return string.IsNullOrWhiteSpace(answer) ? false : null;
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            sb.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Reply(SimContext c, string what, string reason, string verdict) =>
        $"{SimContext.Marker} Simulated {what} by {c.Model}. {reason}\n\n{verdict}";
}
