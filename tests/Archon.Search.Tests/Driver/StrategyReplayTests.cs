using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Driver;

public sealed class StrategyReplayTests
{
    [Theory]
    [InlineData("bayes", false)]
    [InlineData("greedy", false)]
    [InlineData("halving", false)]
    [InlineData("bayes", true)]
    [InlineData("greedy", true)]
    [InlineData("random", true)]
    public void Replay_RecordedAsksAndTells_LeavesTheStrategyWhereTheOriginalWas(string name, bool sampled)
    {
        var space = sampled ? TestSpaces.LargeSampled() : TestSpaces.SmallEnumerated();
        var options = new StrategyOptions { Seed = 9, InitialRandomPoints = 3 };
        var original = StrategyFactory.Create(name, space, 20, options);
        var events = new List<StrategyEvent>();

        // Two trials in flight at a time, told in order.
        var asked = new List<Archon.Search.Evaluation.TrialRequest>();
        for (var i = 0; i < 2; i++)
        {
            var r = original.Next()!;
            asked.Add(r);
            events.Add(StrategyEvent.Asked(i, r.PointIndex, r.Items));
        }

        for (var told = 0; told < 8; told++)
        {
            var point = space.Feasible[asked[told].PointIndex].Point;
            var score = sampled ? Objectives.Large(point) : Objectives.Additive(point);
            original.Report(asked[told], score);
            events.Add(StrategyEvent.Told(told, score));
            if (original.Next() is { } r)
            {
                events.Add(StrategyEvent.Asked(asked.Count, r.PointIndex, r.Items));
                asked.Add(r);
            }
        }

        var rebuilt = StrategyFactory.Create(name, space, 20, options);
        var replayed = StrategyReplay.Replay(rebuilt, events);

        Assert.Equal(asked, replayed);
        Assert.Equal(original.Next(), rebuilt.Next());
    }

    [Fact]
    public void Replay_StrategyNowProposesSomethingElse_Throws()
    {
        var space = TestSpaces.SmallEnumerated();
        var first = StrategyFactory.Create("random", space, 20, new StrategyOptions { Seed = 1 }).Next()!;
        var events = new[] { StrategyEvent.Asked(0, first.PointIndex, first.Items) };

        var ex = Assert.Throws<InvalidOperationException>(() => StrategyReplay.Replay(StrategyFactory.Create("random", space, 20, new StrategyOptions { Seed = 2 }), events));

        Assert.Contains("does not replay", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_TellOfATrialNeverAsked_Throws()
    {
        var space = TestSpaces.SmallEnumerated();

        Assert.Throws<InvalidOperationException>(() =>
            StrategyReplay.Replay(StrategyFactory.Create("random", space, 20, new StrategyOptions()), [StrategyEvent.Told(0, 50)]));
    }
}
