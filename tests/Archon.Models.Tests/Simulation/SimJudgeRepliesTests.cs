using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Archon.Models.Simulation;
using Archon.Models.Tests.TestDoubles;
using Xunit.Abstractions;

namespace Archon.Models.Tests.Simulation;

/// <summary>
/// Simulated models as LLM judges, driven through the bench library's real scorers (its own judge prompts) with
/// the replies read back by its own <see cref="JudgeVerdicts"/> parser.
/// </summary>
public sealed class SimJudgeRepliesTests(ITestOutputHelper output)
{
    private const string Catalog = """
    { "models": [
      { "name": "judge", "kind": "sim", "skill": 0.9 },
      { "name": "coin", "kind": "sim", "skill": 0.5 }
    ] }
    """;

    private static readonly IReadOnlyList<SyntheticTask> Tasks = SyntheticTasks.Generate(60, seed: 77);

    private static (IScorer Scorer, RecordingRunner Runner) Judge(string kind, string model = "judge", bool fuser = false, IReadOnlyDictionary<string, string>? baselines = null)
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = Catalog, CacheCapacity = 0 });
        var json = fuser
            ? $$"""{ "name": "j", "layers": [[ { "type": "generator", "model": "{{model}}", "samples": 3, "temperature": 0.7 } ], [ { "type": "fuser", "model": "{{model}}" } ]] }"""
            : $$"""{ "name": "j", "layers": [[ { "type": "generator", "model": "{{model}}", "samples": 1 } ]] }""";
        var load = ArchitectureLoader.Parse(json, "judge");
        Assert.True(load.Succeeded, string.Join("; ", load.Diagnostics.Select(d => d.Message)));
        var runner = new RecordingRunner(new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry()));
        var scorer = Scorers.ForKind(kind, new ScorerOptions
        {
            Judge = load.Architecture,
            JudgeRunner = runner,
            BaselineAnswers = baselines,
            MixEvalUseJudge = kind == DatasetKinds.MixEval,
        });
        return (scorer, runner);
    }

    private static BenchmarkItem Item(string kind, string id, params string[] turns) =>
        new() { Id = id, Kind = kind, Turns = turns };

    private static string Worked(long answer) => $"Working it out step by step.\nAnswer: {answer}";

    [Fact]
    public async Task MtBench_SyntheticAnswers_RatingParsesAndCorrectRatesHigher()
    {
        var (scorer, runner) = Judge(DatasetKinds.MtBench);
        double right = 0, wrong = 0;
        foreach (var task in Tasks)
        {
            var item = Item(DatasetKinds.MtBench, task.Id, task.Question);
            var good = await scorer.ScoreAsync(item, [Worked(task.Answer)], CancellationToken.None);
            var bad = await scorer.ScoreAsync(item, [Worked(task.Answer + 3)], CancellationToken.None);
            Assert.NotNull(good.Score);
            Assert.NotNull(bad.Score);
            Assert.True(good.JudgeSimulated);
            right += good.Score!.Value;
            wrong += bad.Score!.Value;
        }

        foreach (var reply in runner.Answers)
        {
            Assert.StartsWith(SimContext.Marker, reply, StringComparison.Ordinal);
            Assert.InRange(JudgeVerdicts.ParseRating(reply) ?? 0, 1, 10);
        }

        output.WriteLine($"mean rating: correct {right / Tasks.Count * 10:F2}, wrong {wrong / Tasks.Count * 10:F2}");
        Assert.True(right / Tasks.Count >= 0.7, $"correct answers rated {right / Tasks.Count:F2}");
        Assert.True(wrong / Tasks.Count <= 0.4, $"wrong answers rated {wrong / Tasks.Count:F2}");
    }

    [Fact]
    public async Task MtBench_OpenQuestionTwoTurns_EveryTurnRated()
    {
        var (scorer, runner) = Judge(DatasetKinds.MtBench);
        var item = Item(DatasetKinds.MtBench, "open-1", "Write a haiku about autumn.", "Now make it about spring.");
        var score = await scorer.ScoreAsync(item, ["Leaves fall softly.", "Blossoms open wide."], CancellationToken.None);

        Assert.NotNull(score.Score);
        Assert.DoesNotContain("unparseable", score.Detail, StringComparison.Ordinal);
        Assert.Equal(2, runner.Answers.Count);
        Assert.All(runner.Answers, r => Assert.InRange(JudgeVerdicts.ParseRating(r) ?? 0, 1, 10));
    }

    [Theory]
    [InlineData(DatasetKinds.ArenaHard, false)]
    [InlineData(DatasetKinds.AlpacaEval, false)]
    [InlineData(DatasetKinds.ArenaHard, true)]
    public async Task Pairwise_CorrectAgainstWrongBaseline_VerdictsParseAndCorrectWins(string kind, bool fuser)
    {
        var baselines = Tasks.ToDictionary(t => t.Id, t => Worked(t.Answer + 1));
        var (scorer, runner) = Judge(kind, fuser: fuser, baselines: baselines);
        double winRate = 0, lossRate = 0; // lossRate: a different wrong answer against the wrong baseline
        foreach (var task in Tasks)
        {
            var item = Item(kind, task.Id, task.Question);
            var good = await scorer.ScoreAsync(item, [Worked(task.Answer)], CancellationToken.None);
            var same = await scorer.ScoreAsync(item, [$"Adding it all up.\nAnswer: {task.Answer + 2}"], CancellationToken.None);
            Assert.NotNull(good.Score);
            Assert.NotNull(same.Score);
            Assert.DoesNotContain("unparseable", good.Detail, StringComparison.Ordinal);
            winRate += good.Score!.Value;
            lossRate += same.Score!.Value;
        }

        Assert.All(runner.Answers, r =>
        {
            Assert.StartsWith(SimContext.Marker, r, StringComparison.Ordinal);
            Assert.NotNull(JudgeVerdicts.ParsePairwise(r));
        });

        winRate /= Tasks.Count;
        lossRate /= Tasks.Count;
        output.WriteLine($"{kind} (fuser {fuser}): win rate of correct vs wrong baseline {winRate:P1}; of another wrong answer {lossRate:P1}");
        Assert.True(winRate >= 0.8, $"win rate {winRate:P1}");
        Assert.InRange(lossRate, 0.3, 0.7);
    }

    [Fact]
    public async Task Pairwise_OpenPrompt_SeededVerdictWithTieBias()
    {
        var (scorer, runner) = Judge(DatasetKinds.ArenaHard, baselines: new Dictionary<string, string> { ["x"] = "A baseline answer." });
        var counts = new Dictionary<PairwiseVerdict, int>();
        for (var i = 0; i < 200; i++)
        {
            var item = Item(DatasetKinds.ArenaHard, "x", $"Explain topic number {i} briefly.");
            var score = await scorer.ScoreAsync(item, [$"An explanation of topic {i}."], CancellationToken.None);
            Assert.NotNull(score.Score);
        }

        foreach (var verdict in runner.Answers.Select(JudgeVerdicts.ParsePairwise))
        {
            Assert.NotNull(verdict);
            counts[verdict!.Value] = counts.GetValueOrDefault(verdict.Value) + 1;
        }

        output.WriteLine(string.Join(", ", counts.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}")));
        Assert.Equal(5, counts.Count);
        Assert.True(counts[PairwiseVerdict.Tie] > counts[PairwiseVerdict.ABetter] && counts[PairwiseVerdict.Tie] > counts[PairwiseVerdict.BBetter], "ties are not the most frequent verdict");
    }

    [Fact]
    public async Task Pairwise_SameInputsTwice_SameVerdicts()
    {
        var baselines = new Dictionary<string, string> { ["q"] = "Some baseline." };
        var item = Item(DatasetKinds.ArenaHard, "q", "Describe the water cycle.");
        var first = await Judge(DatasetKinds.ArenaHard, model: "coin", baselines: baselines).Scorer.ScoreAsync(item, ["Evaporation and rain."], CancellationToken.None);
        var second = await Judge(DatasetKinds.ArenaHard, model: "coin", baselines: baselines).Scorer.ScoreAsync(item, ["Evaporation and rain."], CancellationToken.None);
        Assert.Equal(first.Detail, second.Detail);
        Assert.Equal(first.Score, second.Score);
    }

    [Fact]
    public async Task MixEvalJudge_GoldMatchedOrNot_ScoreParsesAndFollowsGold()
    {
        var (scorer, runner) = Judge(DatasetKinds.MixEval);
        int right = 0, wrongJudgedRight = 0;
        for (var i = 0; i < 40; i++)
        {
            var item = Item(DatasetKinds.MixEval, $"m{i}", $"What is the capital of country {i}?") with { References = [$"City {i}", $"Town {i}"] };
            var good = await scorer.ScoreAsync(item, [$"The capital is city {i}."], CancellationToken.None);
            var bad = await scorer.ScoreAsync(item, ["I do not know."], CancellationToken.None);
            Assert.NotNull(good.Score);
            Assert.NotNull(bad.Score);
            right += good.Correct == true ? 1 : 0;
            wrongJudgedRight += bad.Correct == true ? 1 : 0;
        }

        Assert.All(runner.Answers, r => Assert.NotNull(JudgeVerdicts.ParseScore(r)));
        output.WriteLine($"gold-matching judged right {right}/40; non-matching judged right {wrongJudgedRight}/40");
        Assert.True(right >= 32, $"{right}/40");
        Assert.True(wrongJudgedRight <= 8, $"{wrongJudgedRight}/40");
    }

    [Fact]
    public void TryParse_OrdinaryPrompts_NotJudgePrompts()
    {
        Assert.Null(SimJudgePrompt.TryParse(Tasks[0].Question));
        Assert.Null(SimJudgePrompt.TryParse("<query>\nCompare apples and oranges.\n</query>"));
    }
}
