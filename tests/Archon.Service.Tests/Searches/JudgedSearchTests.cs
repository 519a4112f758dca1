using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Searches;

/// <summary>A search on a judge-scored kind: every trial's run is scored by the search's judge.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class JudgedSearchTests
{
    private readonly AzuriteFixture _azurite;

    public JudgedSearchTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Search_MtBenchWithJudge_ScoresEveryTrialWithTheJudgeAndPicksTheBest()
    {
        await _azurite.ClearQueuesAsync();

        // The judge rates a correct sum 9 and anything else 4; "wrong-…" architectures answer off by one.
        var runner = new FakeRunner { JudgeReply = prompt => prompt.Contains("The sum is 3.", StringComparison.Ordinal) ? "Rating: [[9]]" : "Rating: [[4]]" };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);
        var response = await host.Client.PostAsJsonAsync("/api/searches", new
        {
            architectures = new object[] { TestArchitectures.OneCall("wrong-a"), TestArchitectures.OneCall("right-b") },
            dataset = "mt-bench",
            judge = new { name = "judge-sums", layers = new[] { new[] { new { type = "generator", model = "sim-large" } } } },
            items = new object[] { new { question_id = 1, category = "math", turns = new[] { "What is 1 + 2?" } } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var state = await Polling.FinishedAsync(host.Client, $"/api/searches/{id}");

        Assert.Equal("completed", state.GetProperty("status").GetString());
        Assert.Equal("judge-sums", state.GetProperty("judge").GetString());
        Assert.Equal([0.4, 0.9], state.GetProperty("trials").EnumerateArray().Select(t => Math.Round(t.GetProperty("score").GetDouble(), 6)));
        Assert.Equal("right-b", state.GetProperty("best").GetProperty("architecture").GetString());
    }

    [Fact]
    public async Task Post_JudgeKindWithoutJudge_Returns400NamingJudge()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/searches", new
        {
            architectures = new object[] { TestArchitectures.OneCall() },
            dataset = "mt-bench",
            items = new object[] { new { question_id = 1, turns = new[] { "q" } } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("judge", out _));
    }
}
