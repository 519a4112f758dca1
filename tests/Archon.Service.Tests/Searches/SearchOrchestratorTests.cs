using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Search.Driver;
using Archon.Workflows.Searches;
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
        // Candidates are whole architectures: their trials show no space point key and no item prefix.
        Assert.All(state.GetProperty("trials").EnumerateArray(), t =>
        {
            Assert.Equal(JsonValueKind.Null, t.GetProperty("key").ValueKind);
            Assert.Equal(JsonValueKind.Null, t.GetProperty("items").ValueKind);
        });
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
        var result = await host.App.Services.GetRequiredService<BlobJson>().GetAsync<SearchState>(SearchPaths.Result(second), CancellationToken.None);
        Assert.Equal(4, result!.Trials.Count);
    }

    [Fact]
    public async Task Delete_RunningSearch_CancelsItAndTheRunsOfItsTrials()
    {
        var runner = new FakeRunner { Delay = TimeSpan.FromMilliseconds(300) };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);
        var id = await PostAsync(host, new
        {
            architectures = new[] { TestArchitectures.OneCall("a"), TestArchitectures.OneCall("b"), TestArchitectures.OneCall("c") },
            items = SyntheticItems.Create(100, 9300),
            parallel = 2,
        });
        await Polling.UntilAsync(
            () => host.Client.GetFromJsonAsync<JsonElement>($"/api/searches/{id}"),
            s => s.GetProperty("trials").EnumerateArray().Any(t => t.GetProperty("status").GetString() == "running"),
            TimeSpan.FromSeconds(30),
            "a trial running");

        Assert.Equal(HttpStatusCode.OK, (await host.Client.DeleteAsync($"/api/searches/{id}")).StatusCode);

        var state = await host.Client.GetFromJsonAsync<JsonElement>($"/api/searches/{id}");
        Assert.Equal("cancelled", state.GetProperty("status").GetString());
        var trialRun = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}-t0");
        Assert.Equal("cancelled", trialRun.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.DeleteAsync($"/api/searches/{id}")).StatusCode);
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
