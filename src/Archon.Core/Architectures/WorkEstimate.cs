namespace Archon.Core.Architectures;

/// <summary>
/// The token heuristic of the architecture estimator (an estimate, not a measurement) that every kind's estimate
/// (<see cref="Components.IComponentKind.EstimateWork"/>) is built from.
/// </summary>
public static class WorkEstimate
{
    /// <summary>Assumed tokens of the user's conversation.</summary>
    public const int QueryTokens = 200;

    /// <summary>Assumed tokens of a component's own instructions in each prompt.</summary>
    public const int InstructionTokens = 150;

    /// <summary>Share of <c>max_tokens</c> a written answer is assumed to use.</summary>
    public const double AnswerShare = 0.5;

    /// <summary>Assumed tokens of one critique (strengths and weaknesses of one candidate).</summary>
    public const int CritiqueTokens = 150;

    /// <summary>Assumed output tokens per candidate in a ranking.</summary>
    public const int RankingTokensPerCandidate = 10;

    /// <summary>Assumed output tokens of one verifier verdict with its reasoning.</summary>
    public const int VerdictTokens = 200;

    /// <summary>Assumed tokens of one natural-language unit test (and of one per-test verdict).</summary>
    public const int UnitTestTokens = 40;

    /// <summary>Tokens every prompt carries: the query and the component's instructions.</summary>
    public const long PromptBase = QueryTokens + InstructionTokens;

    /// <summary>Tokens of the candidates a prompt shows, with their critiques when a critic ran before.</summary>
    public static long Shown(CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return flow.Count * (flow.Length + (flow.HasCritiques ? CritiqueTokens : 0));
    }

    /// <summary>Tokens of a written answer: <see cref="AnswerShare"/> of <c>max_tokens</c>.</summary>
    public static long Answer(ComponentConfig component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return Math.Max(0, (long)Math.Ceiling(Math.Max(component.MaxTokens, 0) * AnswerShare));
    }

    /// <summary><paramref name="tokens"/>, at most the component's <c>max_tokens</c>.</summary>
    public static long Cap(ComponentConfig component, long tokens)
    {
        ArgumentNullException.ThrowIfNull(component);
        return Math.Min(Math.Max(component.MaxTokens, 0), tokens);
    }

    /// <summary><paramref name="count"/> candidates cut to <paramref name="limit"/> (a negative limit keeps none).</summary>
    public static int Keep(int count, int limit) => Math.Min(count, Math.Max(limit, 0));

    /// <summary>
    /// A component of a type registered without its own estimate: one call that shows the candidates and writes an
    /// answer.
    /// </summary>
    public static ComponentWork Custom(ComponentConfig component, CandidateFlow flow) =>
        new(1, PromptBase + Shown(flow), Answer(component));

    /// <summary>The candidates a layer of answer-writing components (generators, fusers) passes on: one per sample.</summary>
    public static CandidateFlow NewCandidates(LayerConfig layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var count = layer.Components.Sum(c => Math.Max(c.Samples, 0));
        var length = count == 0 ? 0 : layer.Components.Sum(c => Math.Max(c.Samples, 0) * Answer(c)) / count;
        return new CandidateFlow(count, length);
    }
}
