using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Ranking;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Ranking;

public class ModelRankerTests
{
    [Fact]
    public async Task RankAsync_ModelsOrderedByScoreAndRoundTripThroughFile()
    {
        var items = SyntheticDataset.Items(40, seed: 1);
        var answers = items.ToDictionary(i => i.Turns[0], i => i.References[0]);
        var seenModels = new List<string>();

        // "good" always answers right, "half" every other item, "bad" never.
        var runner = new ModelAwareRunner((model, question) => model switch
        {
            "good" => "Answer: " + answers[question],
            "half" => answers[question].Length % 2 == 0 ? "Answer: " + answers[question] : "Answer: -1",
            _ => "Answer: -1",
        }, seenModels);

        var ranking = await ModelRanker.RankAsync(DatasetKinds.Synthetic, runner, Scorers.ForKind(DatasetKinds.Synthetic), ["bad", "half", "good"], items, 4);
        var path = Path.Combine(TestPaths.TempDir(), "ranking.json");
        ranking.Save(path);
        var loaded = ModelRanking.Load(path);

        Assert.Equal(["good", "half", "bad"], loaded.Order);
        Assert.Equal([1, 2, 3], loaded.Models.Select(m => m.Rank));
        Assert.Equal(1.0, loaded.Models[0].Score);
        Assert.Equal(0.0, loaded.Models[2].Score);
        Assert.Equal(40, loaded.Items);
        Assert.Equal(["bad", "half", "good"], seenModels.Distinct());
    }

    private sealed class ModelAwareRunner(Func<string, string, string> answer, List<string> seen) : Archon.Core.Execution.IArchitectureRunner
    {
        public Task<Archon.Core.Execution.QueryResult> RunAsync(
            Archon.Core.Architectures.ArchitectureConfig architecture,
            IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> messages,
            Archon.Core.Execution.QueryOptions? options = null,
            CancellationToken cancellationToken = default)
        {
            var layer = Assert.Single(architecture.Layers);
            var component = Assert.Single(layer.Components);
            Assert.Equal("generator", component.Type);
            lock (seen)
            {
                seen.Add(component.Model);
            }

            var fake = new FakeArchitectureRunner(m => answer(component.Model, m[^1].Text));
            return fake.RunAsync(architecture, messages, options, cancellationToken);
        }
    }
}
