using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Searches;
using Archon.Service.Benchmarks;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Searches;

[Collection(AzuriteCollection.Name)]
public sealed class SearchOrchestratorTests
{
    private readonly AzuriteFixture _azurite;

    public SearchOrchestratorTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Search_ThreeCandidates_RunsEveryTrialAndPicksTheBest()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/searches", new
        {
            architectures = new object[] { TestArchitectures.OneCall("wrong-a"), TestArchitectures.OneCall("right-b"), TestArchitectures.OneCall("wrong-c") },
            items = SyntheticItems.Create(6, 7000),
            parallel = 2,
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var state = await Polling.UntilAsync(
            () => host.Client.GetFromJsonAsync<JsonElement>($"/api/searches/{id}"),
            s => s.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(60),
            "search completion");

        Assert.Equal("completed", state.GetProperty("status").GetString());
        Assert.Equal(3, state.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.All(state.GetProperty("trials").EnumerateArray(), t => Assert.Equal("completed", t.GetProperty("status").GetString()));
        Assert.Equal("right-b", state.GetProperty("best").GetProperty("architecture").GetString());
        Assert.Equal(1.0, state.GetProperty("best").GetProperty("score").GetDouble());
        // Each candidate evaluated each item once: 3 architectures x 6 items.
        Assert.All(SyntheticItems.Questions(6, 7000), q => Assert.Equal(3, host.Runner.RunsByQuestion[q]));
    }

    [Fact]
    public async Task Post_NoCandidates_Returns400()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/searches", new { architectures = Array.Empty<object>(), items = SyntheticItems.Create(1, 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("architectures", out _));
    }

    [Fact]
    public async Task Search_SmallSpace_RunsMaxTrialsThroughTheQueuesAndPicksTheBest()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var id = await PostAsync(host, new
        {
            space = SearchSpacesJson.Tiny(), strategy = "bayes", initialPoints = 2, maxTrials = 3, seed = 5, parallel = 2,
            dataset = "synthetic", limit = 6, dataSeed = 3,
        });

        var state = await CompletionAsync(host, id);

        Assert.Equal("completed", state.GetProperty("status").GetString());
        Assert.Equal("max-trials", state.GetProperty("stopReason").GetString());
        Assert.Equal(4, state.GetProperty("space").GetProperty("feasible").GetInt32());
        Assert.Equal(4, state.GetProperty("space").GetProperty("infeasible").GetInt32());
        Assert.Equal(4, state.GetProperty("space").GetProperty("infeasibleByRule").GetProperty("maxCallsPerQuery").GetInt32());
        var trials = state.GetProperty("trials").EnumerateArray().ToList();
        Assert.Equal(3, trials.Count);
        Assert.Equal(3, state.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.All(trials, t => Assert.Equal("completed", t.GetProperty("status").GetString()));
        Assert.All(trials, t => Assert.Equal(6, t.GetProperty("items").GetInt32()));
        Assert.All(trials, t => Assert.True(t.GetProperty("calls").GetInt32() >= 6, $"every item makes a call: {t}"));
        Assert.Equal(3, trials.Select(t => t.GetProperty("key").GetString()).Distinct().Count());
        var best = state.GetProperty("best");
        var top = trials.Max(t => t.GetProperty("score").GetDouble());
        Assert.Equal(top, best.GetProperty("score").GetDouble());
        var bestTrial = trials[best.GetProperty("index").GetInt32()];
        Assert.Equal(bestTrial.GetProperty("key").GetString(), best.GetProperty("key").GetString());
        Assert.Equal(bestTrial.GetProperty("architecture").GetString(), best.GetProperty("config").GetProperty("name").GetString());
        Assert.True(best.GetProperty("config").GetProperty("layers").GetArrayLength() >= 2, "a generator layer and a fuser layer");
    }

    [Fact]
    public async Task Search_Halving_EvaluatesPrefixesOfTheItemsAndPicksAFullEvaluation()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);

        // 9 items: rungs of 4 and 9 items (the lower rungs meet at 4). The first bracket screens the 4 feasible points
        // (the random initial design); with no point left to propose, the screened pool is promoted to 9 items.
        var id = await PostAsync(host, new
        {
            space = SearchSpacesJson.Tiny(), strategy = "halving", maxTrials = 20, seed = 2, parallel = 4, dataset = "synthetic", limit = 9, dataSeed = 4,
        });

        var state = await CompletionAsync(host, id);

        Assert.Equal("completed", state.GetProperty("status").GetString());
        Assert.Equal("space-exhausted", state.GetProperty("stopReason").GetString());
        var trials = state.GetProperty("trials").EnumerateArray().ToList();
        Assert.Equal([4, 4, 4, 4, 9, 9, 9, 9], trials.Select(t => t.GetProperty("items").GetInt32()));
        foreach (var t in trials)
        {
            var run = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{t.GetProperty("runId").GetString()}");
            Assert.Equal(t.GetProperty("items").GetInt32(), run.GetProperty("summary").GetProperty("items").GetInt32());
        }

        // The best is the top full evaluation, not a lucky 4-item screen.
        var full = trials.Where(t => t.GetProperty("items").GetInt32() == 9).ToList();
        var top = full.Max(t => t.GetProperty("score").GetDouble());
        var best = state.GetProperty("best");
        Assert.Contains(best.GetProperty("index").GetInt32(), full.Select(t => t.GetProperty("index").GetInt32()));
        Assert.Equal(top, best.GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Search_SameSeedTwice_ProposesTheSameTrialsInTheSameOrder()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var request = new
        {
            space = SearchSpacesJson.Tiny(0.2, 0.7), strategy = "bayes", initialPoints = 2, maxTrials = 4, seed = 11, parallel = 2,
            dataset = "synthetic", limit = 4, dataSeed = 1,
        };
        var first = await PostAsync(host, request);
        var second = await PostAsync(host, request);

        var a = await CompletionAsync(host, first);
        var b = await CompletionAsync(host, second);

        Assert.Equal("completed", a.GetProperty("status").GetString());
        Assert.Equal("completed", b.GetProperty("status").GetString());
        Assert.Equal(4, a.GetProperty("trials").GetArrayLength());
        Assert.True(Trials(a).SequenceEqual(Trials(b)), $"{a}\n{b}");
        Assert.Equal(a.GetProperty("best").GetProperty("score").GetDouble(), b.GetProperty("best").GetProperty("score").GetDouble());
        var state = await host.App.Services.GetRequiredService<SearchOrchestrator>().GetAsync(second, CancellationToken.None);
        Assert.Equal(8, state!.Events!.Count); // every trial asked once and told once
    }

    [Fact]
    public async Task Search_DuplicatedStepMessages_StartEachTrialOnce()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);
        var id = await PostAsync(host, new { space = SearchSpacesJson.Tiny(), strategy = "random", maxTrials = 3, parallel = 2, items = SyntheticItems.Create(4, 9100) });

        // Redelivered and duplicated step messages, and steps running side by side with the queue's own.
        var queue = host.App.Services.GetRequiredService<ArchonStorage>().Queue(StorageNames.SearchStepQueue);
        var message = JsonSerializer.Serialize(new SearchStepMessage(id), ServiceJson.Options);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => queue.SendMessageAsync(message)));
        var searches = host.App.Services.GetRequiredService<SearchOrchestrator>();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => searches.StepAsync(id, CancellationToken.None)));

        var state = await CompletionAsync(host, id);

        Assert.Equal("completed", state.GetProperty("status").GetString());
        Assert.Equal(3, state.GetProperty("trials").GetArrayLength());
        Assert.All(SyntheticItems.Questions(4, 9100), q => Assert.Equal(3, host.Runner.RunsByQuestion[q]));
    }

    [Fact]
    public async Task Step_AnotherStepsFreshClaim_LeavesItAloneUntilItTimesOut()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?> { ["Archon__QueueVisibilityTimeoutSeconds"] = "2" });
        var blobs = host.App.Services.GetRequiredService<BlobJson>();
        var searches = host.App.Services.GetRequiredService<SearchOrchestrator>();
        var id = Guid.NewGuid().ToString("N");
        var runId = SearchOrchestrator.TrialRunId(id, 0);
        var now = DateTimeOffset.UtcNow;
        var items = JsonSerializer.SerializeToElement(Enumerable.Range(0, 3).Select(i => new BenchmarkInputItem($"item-{i}", $"What is 9200 + {i}?", $"{9200 + i}")), ServiceJson.Options);
        var architecture = JsonSerializer.SerializeToElement(TestArchitectures.OneCall("claimed"));

        // A step claimed trial 0 a moment ago and is still creating its run: a concurrent step must not create it too.
        var claimed = new SearchTrial(0, "claimed", architecture, runId, TrialStatuses.Starting, null, null, null, null, StartedAt: now);
        await blobs.CreateAsync(SearchPaths.State(id), new SearchState(id, "running", "inline", items, 1, [claimed], null, null, now, now), CancellationToken.None);
        await searches.StepAsync(id, CancellationToken.None);

        Assert.False(await blobs.ExistsAsync(RunPaths.Manifest(runId), CancellationToken.None));
        Assert.Equal(TrialStatuses.Starting, (await searches.GetAsync(id, CancellationToken.None))!.Trials[0].Status);

        // The claimer never finishes: once the claim is older than the visibility timeout the step queued for then takes it over.
        var state = await CompletionAsync(host, id);
        Assert.Equal("completed", state.GetProperty("status").GetString());
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(1, host.Runner.RunsByQuestion[$"What is 9200 + {i}?"]));
    }

    private static async Task<string> PostAsync(TestHost host, object body)
    {
        var response = await host.Client.PostAsJsonAsync("/api/searches", body);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> CompletionAsync(TestHost host, string id)
    {
        try
        {
            return await Polling.UntilAsync(
                () => host.Client.GetFromJsonAsync<JsonElement>($"/api/searches/{id}"),
                s => s.GetProperty("status").GetString() is "completed" or "failed",
                TimeSpan.FromSeconds(60),
                "search completion");
        }
        catch (TimeoutException ex)
        {
            // Say where it stuck: the runs of the unfinished trials.
            var state = await host.Client.GetFromJsonAsync<JsonElement>($"/api/searches/{id}");
            var runs = new List<string>();
            foreach (var t in state.GetProperty("trials").EnumerateArray().Where(t => t.GetProperty("runId").ValueKind == JsonValueKind.String))
            {
                var response = await host.Client.GetAsync($"/api/benchmarks/{t.GetProperty("runId").GetString()}");
                runs.Add($"trial {t.GetProperty("index")}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            throw new TimeoutException($"{ex.Message}\n{string.Join("\n", runs)}", ex);
        }
    }

    // Point and score of each trial in order (costs differ: the second search's repeated calls come from the response cache).
    private static List<string> Trials(JsonElement state) =>
        [.. state.GetProperty("trials").EnumerateArray().Select(t => $"{t.GetProperty("key").GetString()} {t.GetProperty("score").GetDouble()}")];
}
