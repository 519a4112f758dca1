using System.ClientModel;
using System.Diagnostics;
using System.Text.Json;
using Archon.Core.Models;
using Archon.Models.Setup;
using Archon.Models.Tests.TestDoubles;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Archon.Models.Tests.Providers;

/// <summary>The real OpenAI client through the Archon pipeline against a real HTTP server on 127.0.0.1.</summary>
public sealed class OpenAICompatibleEndpointTests : IAsyncLifetime
{
    private OpenAIProtocolTestServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAIProtocolTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetResponse_429WithRetryAfter_WaitsAndRetriesThenReportsRetryCount()
    {
        _server.Enqueue(ServerStep.TooManyRequests("1"), ServerStep.TooManyRequests("1"));
        var setup = Setup(maxRetries: 3);
        var model = setup.Resolver.Resolve("local")!;

        var watch = Stopwatch.StartNew();
        var response = await model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);
        watch.Stop();

        Assert.Equal("Hello from the test server.\nAnswer: 42", response.Text);
        Assert.Equal(2, response.AdditionalProperties![ArchonChatKeys.Retries]);
        Assert.Equal(3, _server.Requests.Count);
        var times = _server.Requests.Select(r => r.At).ToArray();
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(950), $"second attempt after {(times[1] - times[0]).TotalMilliseconds} ms");
        Assert.True(times[2] - times[1] >= TimeSpan.FromMilliseconds(950), $"third attempt after {(times[2] - times[1]).TotalMilliseconds} ms");
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9));
        Assert.Equal(2, setup.Usage.Snapshot().Retries);
    }

    [Fact]
    public async Task GetResponse_503WithRetryAfterMs_RetriesAfterThatDelay()
    {
        _server.Enqueue(ServerStep.Unavailable(300));
        var model = Setup(maxRetries: 2).Resolver.Resolve("local")!;

        var response = await model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal(1, response.AdditionalProperties![ArchonChatKeys.Retries]);
        var times = _server.Requests.Select(r => r.At).ToArray();
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(280));
        Assert.True(times[1] - times[0] < TimeSpan.FromSeconds(1.5), "the 1 s exponential backoff was used instead of retry-after-ms");
    }

    [Fact]
    public async Task GetResponse_500WithoutRetryAfter_WaitsTheEntrysRetryBaseDelay()
    {
        _server.Enqueue(new ServerStep(500, []));
        var time = new FakeTimeProvider();
        var logs = new ListLoggerProvider();
        var model = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = $$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "maxRetries": 2, "retryBaseDelayMs": 250 } ] }""",
            TimeProvider = time,
            LoggerFactory = new Microsoft.Extensions.Logging.LoggerFactory([logs]),
        }).Resolver.Resolve("local")!;

        var call = model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);
        await UntilAsync(() => logs.Messages.Any(m => m.Contains("retry 1 of 2", StringComparison.Ordinal)));
        Assert.Contains(logs.Messages, m => m.Contains("Model local: HTTP 500; retry 1 of 2 in 250 ms", StringComparison.Ordinal));

        // Time moves only when the test moves it: 1 ms short of the base, the retry has not gone out.
        time.Advance(TimeSpan.FromMilliseconds(249));
        await Task.Delay(200);
        Assert.Single(_server.Requests);
        await UntilAsync(() =>
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            return call.IsCompleted;
        });

        var response = await call;
        Assert.Equal(1, response.AdditionalProperties![ArchonChatKeys.Retries]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task GetResponse_Persistent429_GivesUpAfterMaxRetriesAndCountsFailure()
    {
        _server.Enqueue(Enumerable.Repeat(ServerStep.TooManyRequests("0"), 10).ToArray());
        var setup = Setup(maxRetries: 2);
        var model = setup.Resolver.Resolve("local")!;

        var ex = await Assert.ThrowsAsync<ClientResultException>(() => model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(429, ex.Status);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(1, setup.Usage.Snapshot().Failures);
    }

    [Fact]
    public async Task GetStreamingResponse_Persistent503_FailureCountedAndLogged()
    {
        _server.Enqueue(Enumerable.Repeat(ServerStep.Unavailable(0), 5).ToArray());
        var logs = new ListLoggerProvider();
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = $$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "maxRetries": 1 } ] }""",
            LoggerFactory = new Microsoft.Extensions.Logging.LoggerFactory([logs]),
        });

        await Assert.ThrowsAsync<ClientResultException>(async () =>
        {
            await foreach (var _ in setup.Resolver.Resolve("local")!.Client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "s")]))
            {
            }
        });

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(1, setup.Usage.Snapshot().Failures);
        Assert.Contains(logs.Messages, m => m.Contains("Model local failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetResponse_SlowAttempt_TimesOutAndRetries()
    {
        _server.Enqueue(ServerStep.Slow(TimeSpan.FromSeconds(5)));
        var model = Setup(maxRetries: 2, timeoutSeconds: 0.5).Resolver.Resolve("local")!;

        var watch = Stopwatch.StartNew();
        var response = await model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal(1, response.AdditionalProperties![ArchonChatKeys.Retries]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task GetResponse_ApiKeyFromNamedVariable_SentAsBearerAndNeverLogged()
    {
        var variable = "ARCHON_TEST_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "test-secret-value-123");
        _server.Enqueue(ServerStep.TooManyRequests("0"));
        var logs = new ListLoggerProvider();
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = $$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "apiKeyEnv": "{{variable}}" } ] }""",
            LoggerFactory = new Microsoft.Extensions.Logging.LoggerFactory([logs]),
        });

        await setup.Resolver.Resolve("local")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.All(_server.Requests, r => Assert.Equal("Bearer test-secret-value-123", r.Authorization));
        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("test-secret-value-123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetResponse_JsonSchemaFormat_PassesThroughToServer()
    {
        var model = Setup(maxRetries: 0).Resolver.Resolve("local")!;
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"ranking":{"type":"array","items":{"type":"integer"}}},"required":["ranking"]}""");
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "ranking") };

        await model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "rank")], options);

        using var body = JsonDocument.Parse(_server.Requests.Single().Body);
        var format = body.RootElement.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("ranking", format.GetProperty("json_schema").GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetResponse_SameCallTwice_SecondIsCacheHitWithoutServerRequest()
    {
        var setup = Setup(maxRetries: 0);
        var model = setup.Resolver.Resolve("local")!;
        var options = new ChatOptions { AdditionalProperties = new() { [ArchonChatKeys.Sample] = 0 } };

        var first = await model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], options);
        var second = await model.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], options);

        Assert.Equal(false, first.AdditionalProperties![ArchonChatKeys.CacheHit]);
        Assert.Equal(true, second.AdditionalProperties![ArchonChatKeys.CacheHit]);
        Assert.Equal(first.Text, second.Text);
        Assert.Single(_server.Requests);
        var usage = setup.Usage.Snapshot();
        Assert.Equal(2, usage.Calls);
        Assert.Equal(1, usage.CacheHits);
        Assert.Equal(24, usage.InputTokens);
        Assert.Equal((12 * 2.0m + 7 * 8.0m) / 1_000_000m, usage.CostUsd);
    }

    [Fact]
    public async Task GetStreamingResponse_ThroughPipeline_StreamsRetriesAndCaches()
    {
        _server.Enqueue(ServerStep.TooManyRequests("0"));
        var setup = Setup(maxRetries: 2);
        var model = setup.Resolver.Resolve("local")!;

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in model.Client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "stream")]))
        {
            updates.Add(update);
        }

        Assert.True(updates.Count > 3);
        Assert.Equal(_server.ReplyText, updates.ToChatResponse().Text);
        Assert.Equal(2, _server.Requests.Count);

        var again = await model.Client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "stream")]).ToChatResponseAsync();
        Assert.Equal(_server.ReplyText, again.Text);
        Assert.Equal(2, _server.Requests.Count);
        var usage = setup.Usage.Snapshot();
        Assert.Equal(2, usage.Calls);
        Assert.Equal(1, usage.CacheHits);
        Assert.Equal(1, usage.Retries);
    }

    [Fact]
    public async Task GetResponse_NamesServedThroughOneModelTypeEntry_ShareItsConcurrencyLimit()
    {
        _server.Enqueue(ServerStep.Slow(TimeSpan.FromMilliseconds(400)), ServerStep.Slow(TimeSpan.FromMilliseconds(400)));
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = $$"""{ "models": [ { "name": "together", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "modelTypes": ["Together_API"], "maxConcurrency": 1 } ] }""",
        });
        var a = setup.Resolver.Resolve("org/model-a", "Together_API")!;
        var b = setup.Resolver.Resolve("org/model-b", "Together_API")!;

        await Task.WhenAll(
            a.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "a")]),
            b.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "b")]));

        var requests = _server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(350), "the second name did not wait for the shared permit");
        Assert.Contains(requests, r => r.Body.Contains("\"org/model-a\"", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Body.Contains("\"org/model-b\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetResponse_AttemptTimedOutThenSucceeded_TimedOutAttemptIsBilledForItsPrompt()
    {
        _server.Enqueue(ServerStep.Slow(TimeSpan.FromSeconds(4)));
        var setup = Setup(maxRetries: 2, timeoutSeconds: 1);

        var response = await setup.Resolver.Resolve("local")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        // "hi" is estimated at 5 prompt tokens (4 characters a token plus 4 per message plus 1) per abandoned attempt;
        // the answer reports 12 + 7. The first attempt is held past the timeout; on a loaded machine a later one can be too.
        var abandoned = _server.Requests.Count - 1;
        Assert.InRange(abandoned, 1, 2);
        var input = 12 + (5 * abandoned);
        Assert.Equal(input, response.Usage!.InputTokenCount);
        Assert.Equal(7, response.Usage.OutputTokenCount);
        var usage = setup.Usage.Snapshot();
        Assert.Equal(input, usage.InputTokens);
        Assert.Equal((input * 2.0m + 7 * 8.0m) / 1_000_000m, usage.CostUsd);
        Assert.False(response.AdditionalProperties!.ContainsKey(ArchonChatKeys.BilledUsage));
    }

    [Fact]
    public async Task GetResponse_ServerErrorReportingUsageThenSuccess_BothAttemptsCounted()
    {
        _server.Enqueue(new ServerStep(500, []) { Body = """{"error":{"message":"generation failed"},"usage":{"prompt_tokens":30,"completion_tokens":40}}""" });
        var setup = Setup(maxRetries: 1);

        var response = await setup.Resolver.Resolve("local")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal(42, response.Usage!.InputTokenCount);
        Assert.Equal(47, response.Usage.OutputTokenCount);
        Assert.Equal((42 * 2.0m + 47 * 8.0m) / 1_000_000m, setup.Usage.Snapshot().CostUsd);
    }

    [Fact]
    public async Task GetResponse_ServerErrorWithoutUsage_NotBilled()
    {
        _server.Enqueue(ServerStep.Unavailable(0));
        var setup = Setup(maxRetries: 1);

        var response = await setup.Resolver.Resolve("local")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal(12, response.Usage!.InputTokenCount);
        Assert.Equal((12 * 2.0m + 7 * 8.0m) / 1_000_000m, setup.Usage.Snapshot().CostUsd);
    }

    [Fact]
    public async Task Run_EveryAttemptTimesOut_FailedCallCountsItsBilledAttemptsInTraceAndCounter()
    {
        _server.Enqueue(Enumerable.Repeat(ServerStep.Slow(TimeSpan.FromSeconds(3)), 3).ToArray());
        var setup = Setup(maxRetries: 2, timeoutSeconds: 0.2);
        var load = Archon.Core.Architectures.ArchitectureLoader.Parse("""{"name":"t","layers":[[{"type":"generator","model":"local"}]]}""", "test");
        var runner = new Archon.Core.Execution.ArchitectureRunner(setup.Resolver, Archon.Core.Components.BuiltIn.BuiltInComponents.CreateRegistry());

        var result = await runner.RunAsync(load.Architecture!, [new ChatMessage(ChatRole.User, "hi")]);

        Assert.True(result.Failed);
        var call = Assert.Single(result.Trace.Calls);
        Assert.NotNull(call.Error);
        Assert.True(call.InputTokens >= 3 * 5, $"three timed-out attempts billed, {call.InputTokens} tokens recorded");
        Assert.True(call.CostUsd > 0);
        var usage = setup.Usage.Snapshot();
        Assert.Equal(1, usage.Failures);
        Assert.Equal(call.CostUsd, usage.CostUsd);
        Assert.Equal(result.Trace.Totals.CostUsd, usage.CostUsd);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the condition did not hold within 30 s");
            await Task.Delay(10);
        }
    }

    private ModelSetupResult Setup(int maxRetries, double timeoutSeconds = 30) => ModelSetup.Create(new ModelSetupOptions
    {
        CatalogJson = $$"""
        { "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "deployment": "test-model",
                        "maxRetries": {{maxRetries}}, "timeoutSeconds": {{timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}},
                        "inputPricePerMillion": 2, "outputPricePerMillion": 8, "maxConcurrency": 4 } ] }
        """,
    });
}
