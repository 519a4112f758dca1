using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Archon.Core.Tests.Execution;

public class ModelInvokerTests
{
    private static (ModelInvoker Invoker, TraceCollector Trace) Create(
        FakeModelResolver resolver, QueryOptions options, TimeProvider? time = null, CancellationToken deadline = default)
    {
        var trace = new TraceCollector();
        var clock = time ?? TimeProvider.System;
        var invoker = new ModelInvoker(
            new Dictionary<string, ResolvedModel>(),
            resolver,
            new QueryBudget(options, trace, deadline),
            trace,
            clock,
            clock.GetTimestamp(),
            deadline,
            CancellationToken.None,
            NullLogger.Instance);
        return (invoker, trace);
    }

    private static ModelCallRequest Request(int sample = 0) => new()
    {
        Model = "m",
        Messages = [new ChatMessage(ChatRole.User, "q")],
        Layer = 0,
        Component = "generator",
        Sample = sample,
    };

    [Fact]
    public async Task CallAsync_ManyConcurrentCallsOverMaxCalls_ExactlyMaxCallsReachTheModel()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new FakeChatClient(async (_, _, _) =>
        {
            await gate.Task;
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "x"));
        });
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client), new QueryOptions { MaxCalls = 10 });

        var calls = Enumerable.Range(0, 100).Select(i => invoker.CallAsync(Request(i), CancellationToken.None)).ToArray();
        gate.SetResult();
        var outcomes = await Task.WhenAll(calls.Select(async c =>
        {
            try
            {
                await c;
                return (BudgetLimit?)null;
            }
            catch (BudgetExceededException ex)
            {
                return ex.Limit;
            }
        }));

        Assert.Equal(10, client.Calls);
        Assert.Equal(90, outcomes.Count(o => o == BudgetLimit.Calls));
        Assert.Equal(10, trace.Build(TimeSpan.Zero).Totals.Calls);
    }

    [Fact]
    public async Task CallAsync_ModelMissing_ThrowsWithoutRecording()
    {
        var (invoker, trace) = Create(new FakeModelResolver(), QueryOptions.None);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.CallAsync(Request(), CancellationToken.None));

        Assert.Contains("'m'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(trace.Build(TimeSpan.Zero).Calls);
    }

    [Fact]
    public async Task CallAsync_ClientThrows_RecordsErrorLatencyAndRethrows()
    {
        var time = new FakeTimeProvider();
        var client = new FakeChatClient((_, _, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(30));
            throw new HttpRequestException("503 Service Unavailable");
        });
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client), QueryOptions.None, time);

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.CallAsync(Request(), CancellationToken.None));

        var call = Assert.Single(trace.Build(TimeSpan.Zero).Calls);
        Assert.Equal("503 Service Unavailable", call.Error);
        Assert.Equal(TimeSpan.FromMilliseconds(30), call.Latency);
        Assert.Equal(0m, call.CostUsd);
    }

    [Fact]
    public async Task CallAsync_DeadlineAlreadyPassed_RefusesWithDeadlineReason()
    {
        var client = new FakeChatClient();
        var (invoker, _) = Create(new FakeModelResolver().Add("m", client), QueryOptions.None, deadline: new CancellationToken(canceled: true));

        var ex = await Assert.ThrowsAsync<BudgetExceededException>(() => invoker.CallAsync(Request(), CancellationToken.None));

        Assert.Equal(BudgetLimit.Deadline, ex.Limit);
        Assert.Equal(0, client.Calls);
    }

    [Fact]
    public async Task CallAsync_DeadlinePassesInFlight_RecordsCallAndThrowsDeadline()
    {
        using var deadline = new CancellationTokenSource();
        var client = new FakeChatClient(async (_, _, ct) =>
        {
            await deadline.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return new ChatResponse();
        });
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client), QueryOptions.None, deadline: deadline.Token);

        // The component passes a token linked to the deadline, as the runner's components do.
        var ex = await Assert.ThrowsAsync<BudgetExceededException>(() => invoker.CallAsync(Request(), deadline.Token));

        Assert.Equal(BudgetLimit.Deadline, ex.Limit);
        Assert.Contains("deadline", Assert.Single(trace.Build(TimeSpan.Zero).Calls).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_StringAndJsonFlags_AreRead()
    {
        var client = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "x"))
        {
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                [ArchonChatKeys.CacheHit] = "true",
                [ArchonChatKeys.Retries] = System.Text.Json.JsonDocument.Parse("3").RootElement,
            },
        }));
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client), QueryOptions.None);

        var result = await invoker.CallAsync(Request(), CancellationToken.None);

        var call = Assert.Single(trace.Build(TimeSpan.Zero).Calls);
        Assert.True(call.CacheHit);
        Assert.Equal(3, call.Retries);
        Assert.False(result.Simulated);
    }

    [Fact]
    public async Task CallAsync_CacheHit_UncachedLatencyFromTheEntryAndSavingsSeparate()
    {
        var client = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "x"))
        {
            Usage = new UsageDetails { InputTokenCount = 1_000_000, OutputTokenCount = 0 },
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                [ArchonChatKeys.CacheHit] = true,
                [ArchonChatKeys.UncachedLatencyMs] = 850.0,
            },
        }));
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client, new ModelPricing(2m, 0m)), QueryOptions.None);

        await invoker.CallAsync(Request(), CancellationToken.None);

        var built = trace.Build(TimeSpan.Zero);
        var call = Assert.Single(built.Calls);
        Assert.Equal(TimeSpan.FromMilliseconds(850), call.UncachedLatency);
        Assert.True(call.Latency < TimeSpan.FromMilliseconds(850));
        Assert.Equal(0m, call.CostUsd);
        Assert.Equal(2m, built.Totals.SavedUsd);
        Assert.Equal(TimeSpan.FromMilliseconds(850), built.UncachedCriticalPath);
    }

    [Fact]
    public async Task CallAsync_FreshCall_UncachedLatencyIsTheObservedLatency()
    {
        var time = new FakeTimeProvider();
        var client = new FakeChatClient((_, _, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(40));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "x")));
        });
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client), QueryOptions.None, time);

        await invoker.CallAsync(Request(), CancellationToken.None);

        var call = Assert.Single(trace.Build(TimeSpan.Zero).Calls);
        Assert.Equal(TimeSpan.FromMilliseconds(40), call.UncachedLatency);
    }

    [Fact]
    public async Task CallAsync_FailedCallWithBilledAttempts_RecordsTheirCost()
    {
        var client = new FakeChatClient((_, _, _) =>
        {
            var ex = new TimeoutException("no response");
            ex.Data[ArchonChatKeys.BilledUsage] = new UsageDetails { InputTokenCount = 500_000, OutputTokenCount = 0 };
            throw ex;
        });
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client, new ModelPricing(2m, 0m)), QueryOptions.None);

        await Assert.ThrowsAsync<TimeoutException>(() => invoker.CallAsync(Request(), CancellationToken.None));

        var call = Assert.Single(trace.Build(TimeSpan.Zero).Calls);
        Assert.Equal(500_000, call.InputTokens);
        Assert.Equal(1m, call.CostUsd);
        Assert.NotNull(call.Error);
    }

    [Fact]
    public async Task CallAsync_NoticeAndStructuredMode_RecordedOnTheCallAndOnceInTheTrace()
    {
        var client = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "{}"))
        {
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                [ArchonChatKeys.StructuredOutput] = "prompt",
                [ArchonChatKeys.Notice] = "the endpoint refused response_format json_schema",
            },
        }));
        var (invoker, trace) = Create(new FakeModelResolver().Add("m", client), QueryOptions.None);

        await invoker.CallAsync(Request() with { Component = "critic", Layer = 1, ComponentIndex = 0 }, CancellationToken.None);

        var built = trace.Build(TimeSpan.Zero);
        var call = Assert.Single(built.Calls);
        Assert.Equal("prompt", call.StructuredOutput);
        Assert.Equal(["the endpoint refused response_format json_schema"], call.Warnings);
        var warning = Assert.Single(built.Warnings);
        Assert.Equal((1, "critic"), (warning.Layer, warning.Component));
    }

    [Fact]
    public async Task CallAsync_SendsTheComponentPosition()
    {
        var client = new FakeChatClient();
        var (invoker, _) = Create(new FakeModelResolver().Add("m", client), QueryOptions.None);

        await invoker.CallAsync(Request() with { Layer = 2, ComponentIndex = 3 }, CancellationToken.None);

        var props = Assert.Single(client.Options)!.AdditionalProperties!;
        Assert.Equal(2, props[ArchonChatKeys.Layer]);
        Assert.Equal(3, props[ArchonChatKeys.ComponentIndex]);
    }
}
