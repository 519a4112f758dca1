namespace Archon.Models.Simulation;

/// <summary>
/// Fusers: a careful fuser (probability = skill) picks the correct answer whenever some candidate has it, else the
/// most common answer; a careless one copies a random candidate not flagged by a critique, or slips and
/// produces a wrong number of its own. More samples and a good fuser help; a weak fuser hurts.
/// </summary>
internal static class SimFuser
{
    public static string Respond(SimContext c)
    {
        var p = c.Prompt;
        if (!p.Solvable)
        {
            return c.Placeholder(FormattableString.Invariant($"A simulated fusion of {p.Candidates.Count} candidates"));
        }

        var answered = p.Candidates.Where(x => x.Answer is not null).ToList();
        long final;
        if (c.Chance(c.Skill))
        {
            final = answered.Any(x => x.Answer == p.Correct) ? p.Correct
                : answered.Count > 0 ? Plurality(answered)
                : c.Chance(c.Skill) ? p.Correct : c.WrongAnswer();
        }
        else
        {
            var pool = answered.Where(x => !p.IsFlagged(x.Id)).ToList();
            if (pool.Count == 0)
            {
                pool = answered;
            }

            final = pool.Count > 0 && c.Chance(0.5) ? pool[c.Random.Next(pool.Count)].Answer!.Value : c.WrongAnswer();
        }

        return c.Worked(final, FormattableString.Invariant($"Fused {p.Candidates.Count} candidates. "));
    }

    private static long Plurality(List<SimCandidate> answered) =>
        answered.GroupBy(x => x.Answer!.Value)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.Id))
            .First().Key;
}
