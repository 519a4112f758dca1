using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Execution;

namespace Archon.Core.Tests.Execution;

public class LayerCombinerTests
{
    private static Candidate C(string id) =>
        new() { Id = id, Text = "text " + id, Source = new CandidateSource(0, ComponentTypes.Generator, 0, "m", 0) };

    private static readonly Candidate[] Incoming = [C("a"), C("b"), C("c"), C("d")];

    private static ComponentOutput Out(params Candidate[] candidates) => new(candidates);

    [Fact]
    public void Combine_Fusers_ConcatenatesInComponentOrder()
    {
        var outcome = LayerCombiner.Combine(ComponentTypes.Fuser, Incoming, [Out(C("f0")), Out(C("f1"), C("f2"))]);

        Assert.Equal(["f0", "f1", "f2"], outcome.Candidates.Select(c => c.Id));
    }

    [Fact]
    public void Combine_SingleRanker_PassesItsOrderOn()
    {
        var outcome = LayerCombiner.Combine(ComponentTypes.Ranker, Incoming, [Out(C("c"), C("a"))]);

        Assert.Equal(["c", "a"], outcome.Candidates.Select(c => c.Id));
    }

    [Fact]
    public void Combine_TwoRankers_BordaCountWithFirstRankerBreakingTies()
    {
        // K = 3. Ranker 1: c=3 a=2 b=1. Ranker 2: a=3 c=2 d=1. Totals: c=5 a=5 b=1 d=1; ties by first listing.
        var outcome = LayerCombiner.Combine(
            ComponentTypes.Ranker, Incoming, [Out(C("c"), C("a"), C("b")), Out(C("a"), C("c"), C("d"))]);

        Assert.Equal(["c", "a", "b"], outcome.Candidates.Select(c => c.Id));
        Assert.Equal([1, 2, 3], outcome.Candidates.Select(c => c.Rank ?? 0));
    }

    [Fact]
    public void Combine_TwoCritics_MergesCritiquesInIncomingOrder()
    {
        var outcome = LayerCombiner.Combine(
            ComponentTypes.Critic,
            Incoming[..2],
            [
                Out(C("b") with { Critique = new Critique("s1b", "w1b", "m1") }, C("a") with { Critique = new Critique("s1a", "w1a", "m1") }),
                Out(C("a") with { Critique = new Critique("s2a", "w2a", "m2") }, C("b")),
            ]);

        Assert.Equal(["a", "b"], outcome.Candidates.Select(c => c.Id));
        Assert.Equal(new Critique("s1a\ns2a", "w1a\nw2a", "m1+m2"), outcome.Candidates[0].Critique);
        Assert.Equal(new Critique("s1b", "w1b", "m1"), outcome.Candidates[1].Critique);
    }

    [Fact]
    public void Combine_TwoVerifiers_KeepsCandidatesNoVerifierFailed()
    {
        var pass = new Verdict(true, "ok", "m");
        var fail = new Verdict(false, "wrong", "m");
        var outcome = LayerCombiner.Combine(
            ComponentTypes.Verifier,
            Incoming[..3],
            [
                Out(C("a") with { Verdict = pass }, C("b") with { Verdict = pass }),
                Out(C("a") with { Verdict = pass }, C("b") with { Verdict = fail }, C("c") with { Verdict = pass }),
            ]);

        var kept = Assert.Single(outcome.Candidates);
        Assert.Equal("a", kept.Id);
        Assert.True(kept.Verdict!.Passed);
        Assert.Equal("ok\nok", kept.Verdict.Reasoning);
    }

    [Fact]
    public void Combine_VerifiersFailEveryCandidate_KeepsAllWithFailedVerdicts()
    {
        var fail = new Verdict(false, "wrong", "m");
        var outcome = LayerCombiner.Combine(
            ComponentTypes.Verifier,
            Incoming[..2],
            [Out(C("a") with { Verdict = fail }, C("b") with { Verdict = fail }), Out(C("a") with { Verdict = fail }, C("b") with { Verdict = fail })]);

        Assert.Equal(["a", "b"], outcome.Candidates.Select(c => c.Id));
        Assert.All(outcome.Candidates, c => Assert.False(c.Verdict!.Passed));
    }

    [Fact]
    public void Combine_TwoUnitTestEvaluators_RanksByTotalPassed()
    {
        static UnitTestOutcome[] R(params bool[] passed) => passed.Select((p, i) => new UnitTestOutcome($"t{i}", p, null)).ToArray();
        var outcome = LayerCombiner.Combine(
            ComponentTypes.UnitTestEvaluator,
            Incoming[..3],
            [
                Out(C("a") with { UnitTestResults = R(true, false) }, C("b") with { UnitTestResults = R(true, true) }, C("c") with { UnitTestResults = R(false, false) }),
                Out(C("a") with { UnitTestResults = R(true, true) }, C("b") with { UnitTestResults = R(false, false) }, C("c") with { UnitTestResults = R(true, true) }),
            ]);

        Assert.Equal(["a", "b", "c"], outcome.Candidates.Select(c => c.Id));
        Assert.Equal([3, 2, 2], outcome.Candidates.Select(c => c.UnitTestsPassed ?? 0));
        Assert.Equal([1, 2, 3], outcome.Candidates.Select(c => c.Rank ?? 0));
    }

    [Fact]
    public void Combine_UnitTestGenerators_PassCandidatesAndDeduplicateTests()
    {
        var outcome = LayerCombiner.Combine(
            ComponentTypes.UnitTestGenerator,
            Incoming,
            [new ComponentOutput(Incoming) { UnitTests = ["x", "y"] }, new ComponentOutput(Incoming) { UnitTests = ["y", "z"] }]);

        Assert.Same(Incoming, outcome.Candidates);
        Assert.Equal(["x", "y", "z"], outcome.UnitTests);
    }

    [Fact]
    public void Combine_EveryComponentFailed_PassesInputOnExceptForGenerators()
    {
        Assert.Same(Incoming, LayerCombiner.Combine(ComponentTypes.Ranker, Incoming, []).Candidates);
        Assert.Empty(LayerCombiner.Combine(ComponentTypes.Generator, [], []).Candidates);
    }

    [Fact]
    public void Combine_RegistryWithoutTheKind_ConcatenatesItsOutputs()
    {
        var registry = new ComponentRegistry().Register("custom", _ => throw new InvalidOperationException());

        var outcome = LayerCombiner.Combine(registry, ComponentTypes.Ranker, Incoming, [Out(C("c"), C("a")), Out(C("b"))]);

        Assert.Equal(["c", "a", "b"], outcome.Candidates.Select(c => c.Id));
    }
}
