using System.Text.Json;

namespace Archon.Models.Simulation;

/// <summary>
/// The structured roles: rankers, critics, verifiers, unit-test generators and evaluators. Each judges candidates
/// by whether their final answer is correct, getting it right with probability = skill, and replies in the JSON
/// shapes of <c>PromptFormat</c> with an extra <c>"simulated": true</c>.
/// </summary>
internal static class SimJudges
{
    private static readonly string[] SyntheticTests =
    [
        "The response ends with a line 'Answer: <integer>'.",
        "The final answer is the quantity the question asks for.",
        "Every quantity stated in the question is used exactly as given.",
        "The arithmetic in the working is correct.",
        "The final answer is consistent with the working.",
    ];

    private static readonly string[] GenericTests =
    [
        "The response answers the question that was asked.",
        "The response is factually accurate.",
        "The response is complete and does not omit requested parts.",
        "The response is clear and well organised.",
        "The response follows any format the question requires.",
    ];

    public static string Rank(SimContext c)
    {
        var ids = c.Prompt.Candidates.Select(x => x.Id).ToList();
        List<int> ranking;
        if (c.Chance(c.Skill))
        {
            ranking = c.Prompt.Solvable
                ? [.. c.Prompt.Candidates.OrderBy(x => IsCorrect(c, x) ? 0 : 1).ThenBy(x => x.Id).Select(x => x.Id)]
                : ids;
        }
        else
        {
            ranking = Shuffle(c, ids);
        }

        return Json(new { ranking, simulated = true });
    }

    public static string Critique(SimContext c)
    {
        var critiques = c.Prompt.Candidates.Select(x =>
        {
            if (!c.Prompt.Solvable)
            {
                return new { candidate = x.Id, strengths = $"{SimContext.Marker} Addresses the question.", weaknesses = $"{SimContext.Marker} Could be more specific." };
            }

            if (x.Answer is null)
            {
                return new { candidate = x.Id, strengths = $"{SimContext.Marker} Shows some working.", weaknesses = $"{SimContext.Marker} It gives no final 'Answer:' line, so it is probably wrong." };
            }

            var judgedWrong = c.Chance(c.Skill) ? !IsCorrect(c, x) : IsCorrect(c, x);
            return judgedWrong
                ? new { candidate = x.Id, strengths = $"{SimContext.Marker} Uses the numbers from the question.", weaknesses = FormattableString.Invariant($"{SimContext.Marker} The final answer {x.Answer} appears to be wrong; the arithmetic does not check out.") }
                : new { candidate = x.Id, strengths = FormattableString.Invariant($"{SimContext.Marker} The working is consistent and the final answer {x.Answer} checks out."), weaknesses = $"{SimContext.Marker} None significant." };
        }).ToList();
        return Json(new { critiques, simulated = true });
    }

    public static string Verify(SimContext c)
    {
        var candidate = c.Prompt.Candidates.FirstOrDefault();
        bool truth = candidate is not null && (c.Prompt.Solvable ? IsCorrect(c, candidate) : c.Chance(0.7));
        var passed = c.Chance(c.Skill) ? truth : !truth;
        var reasoning = passed
            ? $"{SimContext.Marker} Recomputing from the question gives the same final answer; the response holds up."
            : $"{SimContext.Marker} Recomputing from the question does not confirm the final answer.";
        return Json(new { reasoning, passed, simulated = true });
    }

    public static string GenerateTests(SimContext c) =>
        Json(new { tests = c.Prompt.Solvable ? SyntheticTests : GenericTests, simulated = true });

    public static string EvaluateTests(SimContext c)
    {
        var candidate = c.Prompt.Candidates.FirstOrDefault();
        var results = c.Prompt.Tests.Select((test, i) =>
        {
            bool truth = candidate is not null && (i == 0 && c.Prompt.Solvable
                ? candidate.Answer is not null
                : c.Prompt.Solvable ? IsCorrect(c, candidate) : c.Chance(0.7));
            var passed = c.Chance(c.Skill) ? truth : !truth;
            return new { test = i + 1, passed, reasoning = passed ? $"{SimContext.Marker} Satisfied." : $"{SimContext.Marker} Not satisfied." };
        }).ToList();
        return Json(new { results, simulated = true });
    }

    private static bool IsCorrect(SimContext c, SimCandidate x) => x.Answer == c.Prompt.Correct;

    private static List<int> Shuffle(SimContext c, List<int> ids)
    {
        var copy = new List<int>(ids);
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = c.Random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
