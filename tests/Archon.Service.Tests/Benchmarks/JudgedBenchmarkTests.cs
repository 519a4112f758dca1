using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Benchmarks;

/// <summary>Judge-scored kinds through the service: the run's judge architecture scores each item; judge calls are counted.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class JudgedBenchmarkTests
{
    private static readonly object Judge = new
    {
        name = "judge-strict",
        layers = new[] { new[] { new { type = "generator", model = "sim-large", temperature = 0.0 } } },
    };

    private static readonly object[] ArenaItems =
    [
        new { question_id = "q-one", category = "arena-hard-v0.1", turns = new[] { new { content = "What is 3 + 4?" } } },
        new { question_id = "q-two", category = "arena-hard-v0.1", turns = new[] { new { content = "What is 5 + 6?" } } },
    ];

    private readonly AzuriteFixture _azurite;

    public JudgedBenchmarkTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task MtBench_WithJudge_ScoresEachTurnByTheJudgesRating()
    {
        await _azurite.ClearQueuesAsync();
        var runner = new FakeRunner { JudgeReply = _ => "Helpful and correct.\nRating: [[8]]" };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);
        object[] items =
        [
            new { question_id = 1, category = "math", turns = new[] { "What is 1 + 2?", "And 2 + 2?" } },
            new { question_id = 2, category = "math", turns = new[] { "What is 3 + 3?", "And 4 + 4?" } },
        ];

        var status = await RunAsync(host, new { dataset = "mt-bench", architecture = TestArchitectures.OneCall(), judge = Judge, items });

        var summary = status.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("items").GetInt32());
        Assert.Equal(0.8, summary.GetProperty("score").GetDouble(), 6);
        Assert.Equal(4, summary.GetProperty("calls").GetInt32()); // 2 items × 2 turns × 1 call
        Assert.Equal(4, summary.GetProperty("judgeCalls").GetInt32()); // one rating per turn
    }

    [Fact]
    public async Task MtBenchPairwise_BaselineRunOfAMultiTurnRun_ComparesEveryTurnWithoutErrors()
    {
        await _azurite.ClearQueuesAsync();
        var runner = new FakeRunner { JudgeReply = p => p.Contains("<|The Start of Assistant A", StringComparison.Ordinal) ? "Equally good. [[C]]" : "Fine.\nRating: [[6]]" };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);
        object[] items =
        [
            new { question_id = 1, category = "math", turns = new[] { "What is 1 + 2?", "And 2 + 2?" } },
            new { question_id = 2, category = "math", turns = new[] { "What is 3 + 3?", "And 4 + 4?" } },
        ];
        var baseline = await RunAsync(host, new { dataset = "mt-bench", architecture = TestArchitectures.OneCall(), judge = Judge, items });

        // The baseline run's answers to both turns are the baseline: every turn is judged, none errors.
        var pairwise = await RunAsync(host, new
        {
            dataset = "mt-bench-pairwise", architecture = TestArchitectures.OneCall("other"), judge = Judge,
            baselineRun = baseline.GetProperty("id").GetString(), items,
        });

        var summary = pairwise.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal(0.5, summary.GetProperty("score").GetDouble(), 6);
    }

    [Fact]
    public async Task ArenaHard_InlineBaselineThenBaselineRun_JudgesAgainstTheBaselineBothWays()
    {
        await _azurite.ClearQueuesAsync();
        var runner = new FakeRunner { JudgeReply = PreferTheSum };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);

        // Against "I do not know." the architecture's answer wins in both positions.
        var baseline = new Dictionary<string, string> { ["q-one"] = "I do not know.", ["q-two"] = "I do not know." };
        var first = await RunAsync(host, new { dataset = "arena-hard", architecture = TestArchitectures.OneCall(), judge = Judge, baseline, items = ArenaItems });
        Assert.Equal(1.0, first.GetProperty("summary").GetProperty("score").GetDouble(), 6);
        Assert.Equal(4, first.GetProperty("summary").GetProperty("judgeCalls").GetInt32()); // 2 items × position swap

        // The first run's answers as the baseline: both sides give a sum, so every verdict is a tie.
        var second = await RunAsync(host, new
        {
            dataset = "arena-hard", architecture = TestArchitectures.OneCall("wrong-one"), judge = Judge, baselineRun = first.GetProperty("id").GetString(), items = ArenaItems,
        });
        Assert.Equal(0.5, second.GetProperty("summary").GetProperty("score").GetDouble(), 6);
        Assert.Equal(0, second.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Theory]
    [InlineData("""{"dataset": "mt-bench", "architecture": "one-call", "items": [{"question_id": 1, "turns": ["q"]}]}""", "judge")]
    [InlineData("""{"dataset": "synthetic", "architecture": "one-call", "judge": "one-call", "items": [{"question": "What is 1 + 1?", "answer": 2}]}""", "judge")]
    [InlineData("""{"dataset": "arena-hard", "architecture": "one-call", "judge": "one-call", "items": [{"question_id": "a", "turns": [{"content": "q"}]}]}""", "baseline")]
    [InlineData("""{"dataset": "arena-hard", "architecture": "one-call", "judge": "one-call", "baseline": ["x"], "items": [{"question_id": "a", "turns": [{"content": "q"}]}]}""", "baseline")]
    [InlineData("""{"dataset": "arena-hard", "architecture": "one-call", "judge": "one-call", "baselineRun": "no-such-run", "items": [{"question_id": "a", "turns": [{"content": "q"}]}]}""", "baselineRun")]
    [InlineData("""{"dataset": "mt-bench-pairwise", "architecture": "one-call", "judge": "one-call", "items": [{"question_id": 1, "turns": ["q"]}]}""", "baseline")]
    public async Task Post_BadJudgeOrBaseline_Returns400NamingTheField(string json, string field)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        await host.Client.PutAsJsonAsync("/api/architectures/one-call", TestArchitectures.OneCall());

        var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"dataset": "mt-bench", "architecture": "one-call", "judge": "no-such-judge", "items": [{"question_id": 1, "turns": ["q"]}]}""", "judge")]
    [InlineData("""{"dataset": "arena-hard", "architecture": "one-call", "judge": "one-call", "baselineRun": "0123456789abcdef0123456789abcdef", "items": [{"question_id": "a", "turns": [{"content": "q"}]}]}""", "baselineRun")]
    public async Task Post_UnknownJudgeOrBaselineRun_Returns404NamingTheField(string json, string field)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        await host.Client.PutAsJsonAsync("/api/architectures/one-call", TestArchitectures.OneCall());

        var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(field + ":", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    // A judge that prefers an answer giving a sum ("The sum is …") over one that does not; equal otherwise.
    private static string PreferTheSum(string prompt)
    {
        var a = Between(prompt, "<|The Start of Assistant A's Answer|>", "<|The End of Assistant A's Answer|>").Contains("The sum is", StringComparison.Ordinal);
        var b = Between(prompt, "<|The Start of Assistant B's Answer|>", "<|The End of Assistant B's Answer|>").Contains("The sum is", StringComparison.Ordinal);
        return a == b ? "About the same. [[A=B]]" : a ? "A is far better. [[A>>B]]" : "B is far better. [[B>>A]]";
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static async Task<JsonElement> RunAsync(TestHost host, object request)
    {
        var response = await host.Client.PostAsJsonAsync("/api/benchmarks", request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var status = await Polling.FinishedAsync(host.Client, $"/api/benchmarks/{id}");
        Assert.Equal("completed", status.GetProperty("status").GetString());
        return status;
    }
}
