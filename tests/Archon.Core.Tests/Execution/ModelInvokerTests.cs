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
                return (StopReason?)null;
            }
            catch (BudgetExceededException ex)
            {
                return ex.Reason;
            }
        }));

        Assert.Equal(10, client.Calls);
        Assert.Equal(90, outcomes.Count(o => o == StopReason.MaxCalls));
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

        Assert.Equal(StopReason.Deadline, ex.Reason);
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

        Assert.Equal(StopReason.Deadline, ex.Reason);
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
}
