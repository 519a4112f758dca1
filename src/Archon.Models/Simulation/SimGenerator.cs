namespace Archon.Models.Simulation;

/// <summary>Generators: solve the synthetic task at the model's skill, adjusted by the task's difficulty.</summary>
internal static class SimGenerator
{
    public static string Respond(SimContext c)
    {
        if (!c.Prompt.Solvable)
        {
            return c.Placeholder("A simulated response");
        }

        return c.Worked(c.Chance(EffectiveSkill(c)) ? c.Prompt.Correct : c.WrongAnswer());
    }

    /// <summary>
    /// Some tasks are harder for every model: skill moves by up to ±0.2 at skill 0.5, less towards the ends, so a
    /// skill of 0 or 1 stays exact.
    /// </summary>
    public static double EffectiveSkill(SimContext c)
    {
        var difficulty = ((int)(SimRandom.Hash(0, c.Prompt.Correct) % 41) - 20) / 100.0;
        return Math.Clamp(c.Skill - (difficulty * 4 * c.Skill * (1 - c.Skill)), 0, 1);
    }
}
