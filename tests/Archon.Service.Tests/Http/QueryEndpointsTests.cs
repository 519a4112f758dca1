using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archon.Core.Tracing;
using Archon.Models.Pipeline;
using Archon.Workflows.Engine;
using Archon.Workflows.Settings;
using Archon.Workflows.Telemetry;
using Archon.Service.Telemetry;
using Archon.Service.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Archon.Service.Tests.Http;

[Collection(AzuriteCollection.Name)]
public sealed class QueryEndpointsTests
{
    private readonly AzuriteFixture _azurite;

    public QueryEndpointsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task PostQuery_InlineArchitecture_ReturnsAnswerUsageAndTrace()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/query", new { architecture = TestArchitectures.OneCall(), question = "What is 2 + 3?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("Answer: 5", body.GetProperty("answer").GetString());
        Assert.Equal(1, body.GetProperty("usage").GetProperty("calls").GetInt32());
        Assert.Equal(10, body.GetProperty("usage").GetProperty("inputTokens").GetInt64());
        Assert.Equal("completed", body.GetProperty("stopReason").GetString());
        Assert.Equal(1, body.GetProperty("trace").GetProperty("callsPerLayer")[0].GetInt32());
    }

    [Fact]
    public async Task PostQuery_SavedArchitectureByName_RunsIt()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        (await host.Client.PutAsJsonAsync("/api/architectures/saved-one", TestArchitectures.OneCall("saved-one"))).EnsureSuccessStatusCode();
        var response = await host.Client.PostAsJsonAsync("/api/query", new
        {
            architecture = "saved-one",
            messages = new[] { new { role = "user", content = "What is 40 + 2?" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("Answer: 42", body.GetProperty("answer").GetString());
        Assert.Equal("saved-one", body.GetProperty("architecture").GetString());
    }

    [Fact]
    public async Task PostQuery_AsyncMode_Returns202ThenCompletedStatus()
    {
        // Async queries run as an architecture orchestration (one activity per model call) on the engine's models.
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var response = await host.Client.PostAsJsonAsync("/api/query?mode=async", new { architecture = "critic-ranker-fuser", question = "What is 7 + 8?" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/api/query/", location);
        var status = await Polling.UntilAsync(
            () => host.Client.GetFromJsonAsync<JsonElement>(location),
            s => s.GetProperty("status").GetString() != "queued",
            TimeSpan.FromSeconds(30),
            "async query completion");
        Assert.Equal("completed", status.GetProperty("status").GetString());
        var result = status.GetProperty("result");
        Assert.False(string.IsNullOrEmpty(result.GetProperty("answer").GetString()));
        Assert.Equal("completed", result.GetProperty("stopReason").GetString());
        Assert.True(result.GetProperty("simulated").GetBoolean());
        Assert.Equal([8, 1, 1, 1], result.GetProperty("trace").GetProperty("callsPerLayer").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(location, $"/api/query/{result.GetProperty("id").GetString()}");
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("{\"question\": \"hi\"}", "architecture")]
    [InlineData("{\"architecture\": \"single-model\"}", "messages")]
    [InlineData("{\"architecture\": \"single-model\", \"messages\": [{\"role\": \"wizard\", \"content\": \"x\"}]}", "messages")]
    [InlineData("{\"architecture\": {\"name\": \"x\", \"layers\": []}, \"question\": \"q\"}", "architecture")]
    [InlineData("{\"architecture\": \"single-model\", \"question\": \"q\", \"maxCalls\": -1}", "maxCalls")]
    public async Task PostQuery_MalformedBody_Returns400ProblemNamingTheField(string json, string field)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsync("/api/query", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"problem should name '{field}': {problem}");
    }

    [Fact]
    public async Task PostQuery_InlineArchitectureWithControlCharacterInModelName_Returns400NamingTheField()
    {
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var architecture = new { name = "inline", layers = new[] { new[] { new { type = "generator", model = "sim-large\u0000" } } } };
        var response = await host.Client.PostAsJsonAsync("/api/query", new { architecture, question = "What is 2 + 3?" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").GetProperty("architecture").EnumerateArray()).GetString();
        Assert.StartsWith("$.layers[0][0].model: 'model' must be at most 256 characters with no control characters", error, StringComparison.Ordinal);
        Assert.Contains("U+0000 at index 9", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostQuery_UnknownArchitecture_Returns404Problem()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/query", new { architecture = "no-such-thing", question = "q" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-thing", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostQuery_BodyOverTheLimit_Returns413()
    {
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?> { ["Archon__MaxRequestBodyBytes"] = "2048" });
        var big = new string('x', 10_000);
        var response = await host.Client.PostAsync("/api/query", new StringContent($"{{\"question\": \"{big}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostQuery_WithListener_ModelCallsNestUnderComponentLayerArchitectureQueryAndHttpRequestSpans()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Microsoft.AspNetCore" or ServiceTelemetry.Name or ArchonCoreTelemetry.SourceName or ArchonModelsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var settings = new EngineOptions { SimLatencyMs = 0 };
        await using var host = await TestHost.StartWithRunnerAsync(_azurite, EngineFactory.Create(settings, null, TimeProvider.System, blobCache: null).Runner);
        var architecture = new
        {
            name = "traced",
            layers = new object[]
            {
                new[] { new { type = "generator", model = "sim-medium", samples = 2 } },
                new[] { new { type = "fuser", model = "sim-large", samples = 1 } },
            },
        };
        // The caller's trace context, so this test's spans are told apart from other tests' in the same process.
        var trace = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/query") { Content = JsonContent.Create(new { architecture, question = "What is 2 + 3?" }) };
        request.Headers.Add("traceparent", $"00-{trace}-{callerSpan}-01");

        (await host.Client.SendAsync(request)).EnsureSuccessStatusCode();

        var http = await Polling.UntilAsync(
            () => Task.FromResult(stopped.FirstOrDefault(a => a.TraceId == trace && a.Source.Name == "Microsoft.AspNetCore")),
            a => a is not null, TimeSpan.FromSeconds(10), "the HTTP request span");
        var spans = stopped.Where(a => a.TraceId == trace).ToDictionary(a => a.SpanId);
        Assert.Equal(callerSpan, http!.ParentSpanId);
        var calls = spans.Values.Where(a => a.Source.Name == ArchonModelsTelemetry.SourceName).ToList();
        Assert.Equal(3, calls.Count);
        foreach (var call in calls)
        {
            var chain = new List<string>();
            for (var span = call; spans.TryGetValue(span.ParentSpanId, out var parent); span = parent)
            {
                chain.Add(parent.DisplayName);
            }

            Assert.Matches("^component (generator|fuser)$", chain[0]);
            Assert.Matches("^layer [01]$", chain[1]);
            Assert.Equal(["architecture traced", "query", http.DisplayName], chain[2..]);
        }
    }
}
