using System.Text.Json;
using Archon.Search.Driver;
using Archon.Workflows.Searches;
using Archon.Workflows.Storage;
using Archon.Workflows.Tests.Support;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Workflows.Tests.Searches;

[Collection(AzuriteCollection.Name)]
public sealed class SearchOrchestrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Run_ThreeCandidates_RunsEveryTrialOnceAndPicksTheBest()
    {
        var runner = new FakeRunner();
        await using var host = await WorkflowHost.StartAsync(FakeEngine.Create(runner), storage: azurite.ConnectionString);
        var body = Json(new
        {
            architectures = new[] { OneCall("wrong-a"), OneCall("right-b"), OneCall("wrong-c") },
            items = SumItems.Create(6, 7000).Select(i => new { id = i.Id, question = i.Question, answer = i.Answer }),
            parallel = 2,
        });

        var (id, done) = await StartAndWaitAsync(host, body);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var document = done.ReadOutputAs<SearchDocument>()!;
        Assert.Equal(SearchStatus.Completed, document.Status);
        Assert.Equal(3, document.Trials.Count);
        Assert.All(document.Trials, t => Assert.Equal(TrialStatus.Completed, t.Status));
        Assert.Equal("right-b", document.Trials[document.Best!.Value].Architecture);
        Assert.Equal("right-b", document.BestConfig!.Value.GetProperty("name").GetString());
        Assert.All(runner.RunsByQuestion.Values, n => Assert.Equal(3, n));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync($"{id}-t1"))!.RuntimeStatus);

        var blobs = host.Services.GetRequiredService<BlobJson>();
        var saved = await blobs.GetAsync<SearchDocument>(SearchPaths.State(id), default);
        Assert.Equal(SearchStatus.Completed, saved!.Status);
        var result = await blobs.GetAsync<SearchState>(SearchPaths.Result(id), default);
        Assert.Equal(3, result!.Trials.Count);
        Assert.Equal(100, result.Trials.Max(t => t.Score));
    }

    [Fact]
    public async Task Run_MoreCandidatesThanOneHistoryHolds_ContinuesAsNewAndFinishesEveryTrial()
    {
        var runner = new FakeRunner();
        await using var host = await WorkflowHost.StartAsync(FakeEngine.Create(runner), storage: azurite.ConnectionString);
        var count = SearchRunState.TrialsPerHistory + 6;
        var body = Json(new
        {
            architectures = Enumerable.Range(0, count).Select(i => OneCall(i == 17 ? "right-17" : $"wrong-{i}")),
            items = SumItems.Create(2, 8000).Select(i => new { id = i.Id, question = i.Question, answer = i.Answer }),
            parallel = 4,
        });

        var (_, done) = await StartAndWaitAsync(host, body);

        var document = done.ReadOutputAs<SearchDocument>()!;
        Assert.Equal(count, document.Trials.Count);
        Assert.All(document.Trials, t => Assert.Equal(TrialStatus.Completed, t.Status));
        Assert.Equal(17, document.Best);
        Assert.All(runner.RunsByQuestion.Values, n => Assert.Equal(count, n));
    }

    [Fact]
    public async Task Run_SpaceSearchTwiceWithOneSeed_ProposesTheSameTrialsAndStopsAtMaxTrials()
    {
        var body = Json(new
        {
            space = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestArchitectures.RepoRoot, "examples", "search-spaces", "small.json"))).RootElement,
            strategy = "bayes", maxTrials = 6, seed = 3, initialPoints = 3, parallel = 3,
            dataset = "synthetic", limit = 8, dataSeed = 2,
        });
        var keys = new List<string[]>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var host = await WorkflowHost.StartAsync(SimulatedEngine.Create(), storage: azurite.ConnectionString);
            var (_, done) = await StartAndWaitAsync(host, body);
            var document = done.ReadOutputAs<SearchDocument>()!;
            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
            Assert.Equal(SearchStopReasons.MaxTrials, document.StopReason);
            Assert.Equal(6, document.Trials.Count);
            Assert.All(document.Trials, t => Assert.Equal(TrialStatus.Completed, t.Status));
            Assert.Equal("small-sim", document.Space!.Name);
            Assert.NotNull(document.BestConfig);
            keys.Add([.. document.Trials.Select(t => t.Key!)]);
        }

        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(6, keys[0].Distinct().Count());
    }

    [Fact]
    public async Task Run_SearchFraction_EvaluatesTheBestOnTheHeldOutItems()
    {
        await using var host = await WorkflowHost.StartAsync(FakeEngine.Create(new FakeRunner()), storage: azurite.ConnectionString);
        var body = Json(new
        {
            architectures = new[] { OneCall("wrong-a"), OneCall("right-b") },
            items = SumItems.Create(20, 9000).Select(i => new { id = i.Id, question = i.Question, answer = i.Answer }),
            searchFraction = 0.5,
        });

        var (id, done) = await StartAndWaitAsync(host, body);

        var document = done.ReadOutputAs<SearchDocument>()!;
        Assert.True(document.SearchItems is > 0 and < 20);
        Assert.Equal(20 - document.SearchItems, document.HeldOut!.Items);
        Assert.Equal(1.0, document.HeldOut.Score);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync($"{id}-heldout"))!.RuntimeStatus);
    }

    [Fact]
    public async Task Start_SameIdTwice_StartsOneSearch()
    {
        await using var host = await WorkflowHost.StartAsync(FakeEngine.Create(new FakeRunner()), storage: azurite.ConnectionString);
        var starter = host.Services.GetRequiredService<SearchStarter>();
        var body = Json(new { architectures = new[] { OneCall("right") }, items = new[] { new { question = "What is 1 + 1?", answer = "2" } } });
        var id = WorkflowIds.New();
        await host.Services.GetRequiredService<ArchonStorage>().EnsureCreatedAsync(default);

        var first = await starter.StartAsync(body, id, host.Client, default);
        var second = await starter.StartAsync(body, id, host.Client, default);

        Assert.False(first.AlreadyExisted);
        Assert.True(second.AlreadyExisted);
        Assert.Equal(id, second.Id);
    }

    private static object OneCall(string name) => new { name, layers = new[] { new[] { new { type = "generator", model = "sim-large" } } } };

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    private static async Task<(string Id, OrchestrationMetadata Done)> StartAndWaitAsync(WorkflowHost host, JsonElement body)
    {
        await host.Services.GetRequiredService<ArchonStorage>().EnsureCreatedAsync(default);
        var started = await host.Services.GetRequiredService<SearchStarter>().StartAsync(body, null, host.Client, default);
        Assert.Null(started.Error);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        return (started.Id!, await host.Client.WaitForInstanceCompletionAsync(started.Id!, getInputsAndOutputs: true, cts.Token));
    }
}
