namespace Archon.Core.Architectures;

/// <summary>The per-type rules of <see cref="ArchitectureEstimator"/>: work of a component and the candidates a layer passes on.</summary>
internal static class LayerWork
{
    public static ComponentWork For(ComponentConfig c, CandidateFlow flow)
    {
        const long Base = ArchitectureEstimator.QueryTokens + ArchitectureEstimator.InstructionTokens;
        long shown = flow.Count * (flow.Length + (flow.HasCritiques ? ArchitectureEstimator.CritiqueTokens : 0));
        var samples = Math.Max(c.Samples, 0);
        var tests = flow.UnitTests * (long)ArchitectureEstimator.UnitTestTokens;
        return c.Type.ToLowerInvariant() switch
        {
            ComponentTypes.Generator => new(samples, samples * Base, samples * Answer(c)),
            ComponentTypes.Fuser => new(samples, samples * (Base + shown), samples * Answer(c)),
            ComponentTypes.Ranker => new(1, Base + shown, Cap(c, ArchitectureEstimator.RankingTokensPerCandidate * (long)flow.Count)),
            ComponentTypes.Critic => new(1, Base + shown, Cap(c, ArchitectureEstimator.CritiqueTokens * (long)flow.Count)),
            ComponentTypes.Verifier => new(
                flow.Count,
                flow.Count * (Base + flow.Length),
                flow.Count * Cap(c, ArchitectureEstimator.VerdictTokens)),
            ComponentTypes.UnitTestGenerator => new(1, Base, Cap(c, ArchitectureEstimator.UnitTestTokens * (long)TestCount(c))),
            ComponentTypes.UnitTestEvaluator => new(
                flow.Count,
                flow.Count * (Base + flow.Length + tests),
                flow.Count * Cap(c, tests)),
            _ => new(1, Base + shown, Answer(c)),
        };
    }

    /// <summary>The candidates a layer passes on, in the worst case (the most candidates).</summary>
    public static CandidateFlow After(LayerConfig layer, CandidateFlow flow)
    {
        var components = layer.Components;
        if (components.Count == 0)
        {
            return flow;
        }

        switch (layer.Type.ToLowerInvariant())
        {
            case ComponentTypes.Generator:
            case ComponentTypes.Fuser:
                var count = components.Sum(c => Math.Max(c.Samples, 0));
                var length = count == 0 ? 0 : components.Sum(c => Math.Max(c.Samples, 0) * Answer(c)) / count;
                return new CandidateFlow(count, length);
            case ComponentTypes.Ranker:
                return flow with { Count = components.Sum(c => Math.Min(flow.Count, c.TopK ?? ArchitectureDefaults.RankerTopK)) };
            case ComponentTypes.Critic:
                return flow with { HasCritiques = true };
            case ComponentTypes.Verifier:
                return flow with { Count = Keep(flow.Count, components.Max(c => c.GetInt(ConfigKeys.FirstK) ?? int.MaxValue)) };
            case ComponentTypes.UnitTestGenerator:
                return flow with { UnitTests = components.Max(TestCount) };
            case ComponentTypes.UnitTestEvaluator:
                var keep = components.Max(c => Math.Min(c.TopK ?? int.MaxValue, c.GetInt(ConfigKeys.FirstK) ?? int.MaxValue));
                return flow with { Count = Keep(flow.Count, keep), UnitTests = 0 };
            default:
                return flow;
        }
    }

    private static long Answer(ComponentConfig c) =>
        Math.Max(0, (long)Math.Ceiling(Math.Max(c.MaxTokens, 0) * ArchitectureEstimator.AnswerShare));

    private static long Cap(ComponentConfig c, long tokens) => Math.Min(Math.Max(c.MaxTokens, 0), tokens);

    private static int TestCount(ComponentConfig c) => c.GetInt(ConfigKeys.UnitTestCap) ?? ArchitectureDefaults.UnitTestCount;

    private static int Keep(int count, int limit) => Math.Min(count, Math.Max(limit, 0));
}
