using Archon.Core.Models;
using Archon.Models.Caching;
using Archon.Models.Pipeline;
using Archon.Models.Tests.TestDoubles;
using Microsoft.Extensions.AI;

namespace Archon.Models.Tests.Pipeline;

public sealed class PipelineMiddlewareTests
{
    private static ChatOptions Sample(int sample) => new() { AdditionalProperties = new() { [ArchonChatKeys.Sample] = sample } };

    private static IChatClient Build(TestChatClient inner, UsageCounter usage, ResponseCache? cache, EndpointLimits? limits = null, ModelPricing? pricing = null) =>
        new ChatClientBuilder(inner).UseArchonPipeline(new ArchonPipelineSettings
        {
            Model = "fake",
            Usage = usage,
            Cache = cache,
            Limits = limits,
            Pricing = pricing ?? new ModelPricing(3m, 15m),
            Retry = new RetryOptions { MaxRetries = 0 },
        }).Build();

    [Fact]
    public async Task Cache_SamePromptDifferentSample_TwoEntries_SameSample_Hit()
    {
        var inner = new TestChatClient();
        var n = 0;
        inner.OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, $"answer {Interlocked.Increment(ref n)}")));
        var cache = new ResponseCache(100);
        var client = Build(inner, new UsageCounter(), cache);
        ChatMessage[] prompt = [new(ChatRole.User, "q")];

        var s0 = await client.GetResponseAsync(prompt, Sample(0));
        var s1 = await client.GetResponseAsync(prompt, Sample(1));
        var s0Again = await client.GetResponseAsync(prompt, Sample(0));

        Assert.NotEqual(s0.Text, s1.Text);
        Assert.Equal(s0.Text, s0Again.Text);
        Assert.Equal(2, inner.Calls);
        Assert.Equal(2, cache.Count);
        Assert.Equal(true, s0Again.AdditionalProperties![ArchonChatKeys.CacheHit]);
        Assert.Equal(false, s1.AdditionalProperties![ArchonChatKeys.CacheHit]);
    }

    [Fact]
    public async Task Cache_ConcurrentIdenticalCalls_ShareOneModelCall()
    {
        var release = new TaskCompletionSource();
        var inner = new TestChatClient
        {
            OnGetResponse = async (_, _, _) =>
            {
                await release.Task;
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "shared"));
            },
        };
        var usage = new UsageCounter();
        var client = Build(inner, usage, new ResponseCache(10));
        ChatMessage[] prompt = [new(ChatRole.User, "q")];

        var calls = Enumerable.Range(0, 5).Select(_ => client.GetResponseAsync(prompt, Sample(0))).ToArray();
        await Task.Delay(50);
        release.SetResult();
        var responses = await Task.WhenAll(calls);

        Assert.Equal(1, inner.Calls);
        Assert.All(responses, r => Assert.Equal("shared", r.Text));
        Assert.Equal(4, responses.Count(r => r.AdditionalProperties![ArchonChatKeys.CacheHit] is true));
        Assert.Equal(4, usage.Snapshot().CacheHits);
    }

    [Fact]
    public async Task Cache_SharedCallFails_WaitersMakeTheirOwnCall()
    {
        var attempt = 0;
        var gate = new TaskCompletionSource();
        var inner = new TestChatClient
        {
            OnGetResponse = async (_, _, _) =>
            {
                if (Interlocked.Increment(ref attempt) == 1)
                {
                    await gate.Task;
                    throw new InvalidOperationException("first call fails");
                }

                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "second"));
            },
        };
        var client = Build(inner, new UsageCounter(), new ResponseCache(10));
        ChatMessage[] prompt = [new(ChatRole.User, "q")];

        var first = client.GetResponseAsync(prompt, Sample(0));
        await Task.Delay(20);
        var waiter = client.GetResponseAsync(prompt, Sample(0));
        await Task.Delay(20);
        gate.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Equal("second", (await waiter).Text);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task Usage_ReportedTokens_CostFromPricingAndCacheHitsFree()
    {
        var inner = new TestChatClient
        {
            OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "x"))
            {
                Usage = new UsageDetails { InputTokenCount = 1000, OutputTokenCount = 200 },
            }),
        };
        var usage = new UsageCounter();
        var client = Build(inner, usage, new ResponseCache(10));
        ChatMessage[] prompt = [new(ChatRole.User, "q")];

        await client.GetResponseAsync(prompt, Sample(0));
        await client.GetResponseAsync(prompt, Sample(1));
        await client.GetResponseAsync(prompt, Sample(1));

        var totals = usage.Snapshot();
        Assert.Equal(3, totals.Calls);
        Assert.Equal(1, totals.CacheHits);
        Assert.Equal(3000, totals.InputTokens);
        Assert.Equal(600, totals.OutputTokens);
        // Two paid calls: 2 × (1000 × $3 + 200 × $15) / 1M = $0.012.
        Assert.Equal(0.012m, totals.CostUsd);
    }

    [Fact]
    public async Task Usage_ServerReportsNoUsage_TokensEstimatedAndFilledIn()
    {
        var inner = new TestChatClient { OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, new string('a', 400)))) };
        var usage = new UsageCounter();
        var response = await Build(inner, usage, null).GetResponseAsync([new ChatMessage(ChatRole.User, new string('q', 800))]);

        Assert.NotNull(response.Usage);
        Assert.InRange(response.Usage.InputTokenCount!.Value, 200, 210);
        Assert.InRange(response.Usage.OutputTokenCount!.Value, 100, 102);
        Assert.True(usage.Snapshot().CostUsd > 0);
    }

    [Fact]
    public async Task Usage_StreamWithoutUsage_EstimateSentAsLastUpdateAndCounted()
    {
        var inner = new TestChatClient { OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, new string('a', 400)))) };
        var usage = new UsageCounter();

        var response = await Build(inner, usage, null).GetStreamingResponseAsync([new ChatMessage(ChatRole.User, new string('q', 800))]).ToChatResponseAsync();

        Assert.Equal(new string('a', 400), response.Text);
        Assert.NotNull(response.Usage);
        Assert.InRange(response.Usage.InputTokenCount!.Value, 200, 210);
        Assert.InRange(response.Usage.OutputTokenCount!.Value, 100, 102);
        Assert.Equal(response.Usage.InputTokenCount, usage.Snapshot().InputTokens);
    }

    [Fact]
    public async Task Cache_StreamedReplyRepeated_ReplayedWithItsTextUsageAndHitFlag()
    {
        var inner = new TestChatClient
        {
            OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "one two three"))
            {
                Usage = new UsageDetails { InputTokenCount = 11, OutputTokenCount = 3 },
            }),
        };
        var usage = new UsageCounter();
        var client = Build(inner, usage, new ResponseCache());
        ChatMessage[] prompt = [new ChatMessage(ChatRole.User, "count")];

        var first = await client.GetStreamingResponseAsync(prompt, Sample(0)).ToChatResponseAsync();
        var again = await client.GetStreamingResponseAsync(prompt, Sample(0)).ToListAsync();
        var replayed = again.ToChatResponse();

        Assert.Equal(1, inner.Calls);
        Assert.Equal("one two three", first.Text);
        Assert.Equal(["one two three"], again.Select(u => u.Text).Where(t => t.Length > 0));
        Assert.Equal(11, replayed.Usage?.InputTokenCount);
        Assert.Contains(again, u => u.AdditionalProperties?.TryGetValue(ArchonChatKeys.CacheHit, out var hit) == true && hit is true);
        Assert.Equal(1, usage.Snapshot().CacheHits);
    }

    [Fact]
    public async Task Logging_StreamedCacheHit_LoggedAsCacheHitWithItsUsage()
    {
        var inner = new TestChatClient
        {
            OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "cached words"))
            {
                Usage = new UsageDetails { InputTokenCount = 12, OutputTokenCount = 4 },
            }),
        };
        var logs = new ListLoggerProvider();
        var client = new ChatClientBuilder(inner).UseArchonPipeline(new ArchonPipelineSettings
        {
            Model = "fake",
            Usage = new UsageCounter(),
            Cache = new ResponseCache(),
            Retry = new RetryOptions { MaxRetries = 0 },
            LoggerFactory = new Microsoft.Extensions.Logging.LoggerFactory([logs]),
        }).Build();
        ChatMessage[] prompt = [new ChatMessage(ChatRole.User, "log me")];

        await client.GetStreamingResponseAsync(prompt).ToListAsync();
        await client.GetStreamingResponseAsync(prompt).ToListAsync();

        var completed = logs.Messages.Where(m => m.StartsWith("Model fake answered", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, completed.Count);
        Assert.Contains("12 input, 4 output tokens, cache hit False", completed[0], StringComparison.Ordinal);
        Assert.Contains("12 input, 4 output tokens, cache hit True", completed[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_SharedCounter_ConcurrentCallsAllCounted()
    {
        var inner = new TestChatClient { OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "x")) { Usage = new UsageDetails { InputTokenCount = 1, OutputTokenCount = 1 } }) };
        var usage = new UsageCounter();
        var client = Build(inner, usage, null);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], Sample(i)))));

        Assert.Equal(200, usage.Snapshot().Calls);
        Assert.Equal(200, usage.Snapshot().InputTokens);
    }

    [Fact]
    public async Task RateLimits_MaxConcurrency_CallsInFlightNeverExceedLimit()
    {
        var inFlight = 0;
        var peak = 0;
        var inner = new TestChatClient
        {
            OnGetResponse = async (_, _, ct) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peak, now);
                await Task.Delay(20, ct);
                Interlocked.Decrement(ref inFlight);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "x"));
            },
        };
        using var limits = new EndpointLimits(maxConcurrency: 3, requestsPerMinute: null, tokensPerMinute: null);
        var client = Build(inner, new UsageCounter(), null, limits);

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], Sample(i))));

        Assert.Equal(3, peak);
        Assert.Equal(24, inner.Calls);
    }

    [Fact]
    public async Task RateLimits_RequestsPerMinute_BurstThenWait()
    {
        var inner = new TestChatClient();
        using var limits = new EndpointLimits(maxConcurrency: null, requestsPerMinute: 60, tokensPerMinute: null);
        var client = Build(inner, new UsageCounter(), null, limits);

        // 60 rpm allows a burst of 10 (ten seconds' worth), then one a second.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], Sample(i))));
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(800));
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], Sample(10));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(500), $"the 11th call passed after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Retry_TransientThenSuccess_RetriesReportedAndUsageCountsOneCall()
    {
        var attempts = 0;
        var inner = new TestChatClient
        {
            OnGetResponse = (_, _, _) => Interlocked.Increment(ref attempts) < 3
                ? throw new HttpRequestException("reset", null, System.Net.HttpStatusCode.ServiceUnavailable)
                : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))),
        };
        var usage = new UsageCounter();
        var client = new ChatClientBuilder(inner)
            .UseArchonUsage(usage, ModelPricing.Free)
            .UseArchonRetries("fake", new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1) })
            .Build();

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")]);

        Assert.Equal(2, response.AdditionalProperties![ArchonChatKeys.Retries]);
        Assert.Equal(1, usage.Snapshot().Calls);
        Assert.Equal(2, usage.Snapshot().Retries);
    }

    [Fact]
    public async Task Retry_EveryAttemptTimesOut_ThrowsTimeoutAfterBoundedAttempts()
    {
        var inner = new TestChatClient
        {
            OnGetResponse = async (_, _, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return new ChatResponse();
            },
        };
        var client = new ChatClientBuilder(inner)
            .UseArchonRetries("fake", new RetryOptions { MaxRetries = 2, AttemptTimeout = TimeSpan.FromMilliseconds(50), BaseDelay = TimeSpan.FromMilliseconds(1) })
            .Build();

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")]));
        Assert.Contains("fake", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task Retry_CallerCancels_NoRetryAndCancellationSurfaces()
    {
        using var cts = new CancellationTokenSource();
        var inner = new TestChatClient
        {
            OnGetResponse = async (_, _, ct) =>
            {
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
                return new ChatResponse();
            },
        };
        var client = new ChatClientBuilder(inner).UseArchonRetries("fake", new RetryOptions { MaxRetries = 3 }).Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")], cancellationToken: cts.Token));
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task Retry_NonTransientError_NotRetried()
    {
        var inner = new TestChatClient { OnGetResponse = (_, _, _) => throw new InvalidOperationException("bad request shape") };
        var client = new ChatClientBuilder(inner).UseArchonRetries("fake", new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1) }).Build();

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "q")]));
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public void UseArchonRetries_NegativeMaxRetries_ThrowsNamingTheSetting()
    {
        var inner = new TestChatClient();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ChatClientBuilder(inner).UseArchonRetries("fake", new RetryOptions { MaxRetries = -1 }));

        Assert.Equal(nameof(RetryOptions.MaxRetries), ex.ParamName);
        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public void UseArchonPipeline_ZeroAttemptTimeout_ThrowsBeforeAnyCall()
    {
        // A zero timeout would cancel every attempt at once and report it as the model's timeout.
        var inner = new TestChatClient();
        var settings = new ArchonPipelineSettings { Model = "fake", Usage = new UsageCounter(), Pricing = ModelPricing.Free, Retry = new RetryOptions { AttemptTimeout = TimeSpan.Zero } };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ChatClientBuilder(inner).UseArchonPipeline(settings));

        Assert.Equal(nameof(RetryOptions.AttemptTimeout), ex.ParamName);
    }

    [Fact]
    public void ParseRetryAfter_SecondsAndHttpDate()
    {
        var now = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(7), TransientFailure.ParseRetryAfter("7", now));
        Assert.Equal(TimeSpan.FromSeconds(30), TransientFailure.ParseRetryAfter("Thu, 01 Jan 2026 12:00:30 GMT", now));
        Assert.Null(TransientFailure.ParseRetryAfter("soon", now));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
