namespace Archon.Models.Simulation;

/// <summary>One simulated call: who answers, how well, what it read, and its random stream.</summary>
internal sealed record SimContext(string Model, double Skill, int Sample, SimPrompt Prompt, SimRandom Random)
{
    /// <summary>The label every simulated text carries.</summary>
    public const string Marker = "[simulated]";

    private static readonly long[] Slips = [1, -1, 2, -2, 10, -10];

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => Random.NextDouble() < p;

    /// <summary>A plausible wrong answer: the right one off by a typical arithmetic slip.</summary>
    public long WrongAnswer()
    {
        var wrong = Prompt.Correct + Slips[Random.Next(Slips.Length)];
        return wrong == Prompt.Correct || wrong < 0 ? Prompt.Correct + 1 : wrong;
    }

    /// <summary>Brief working and the final line, the way generators and fusers reply.</summary>
    public string Worked(long answer, string? preface = null) =>
        FormattableString.Invariant($"{Marker} {preface}Working: {Prompt.Working} = {answer}.\nAnswer: {answer}");

    /// <summary>Deterministic placeholder text for prompts the simulation cannot solve.</summary>
    public string Placeholder(string what)
    {
        var query = Prompt.Query.ReplaceLineEndings(" ");
        if (query.Length > 120)
        {
            query = query[..117] + "...";
        }

        return FormattableString.Invariant(
            $"{Marker} {what} from {Model} (sample {Sample}, ref {Random.NextUInt64() & 0xFFFFFFFF:x8}). It stands in for a real answer to: \"{query}\"");
    }
}
