using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using static Archon.Core.Tests.Execution.TestArchitectures;

namespace Archon.Core.Tests.Execution;

public class ArchitectureRunnerTests
{
    private static ChatResponse Reply(ChatOptions? options, long inputTokens = 0, long outputTokens = 0)
    {
        var role = options?.AdditionalProperties?[ArchonChatKeys.Role];
        var sample = options?.AdditionalProperties?[ArchonChatKeys.Sample];
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, $"{role}:{sample}"))
        {
            Usage = new UsageDetails { InputTokenCount = inputTokens, OutputTokenCount = outputTokens },
        };
    }

    private static ArchitectureRunner Runner(FakeModelResolver resolver, TimeProvider? time = null, ComponentRegistry? registry = null) =>
        new(resolver, registry ?? TestComponent.Registry(), time);

    [Fact]
    public async Task RunAsync_LayerOfTenSamples_AllTenCallsAreInFlightTogether()
    {
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new FakeChatClient(async (_, options, ct) =>
        {
            if (Interlocked.Increment(ref arrived) == 10)
            {
                allArrived.SetResult();
            }

            // Each call waits until all ten have started: only possible when they run concurrently.
            await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return Reply(options);
        });
        var runner = Runner(new FakeModelResolver().Add("m", client));

        var result = await runner.RunAsync(Of(Layer(Component(ComponentTypes.Generator, samples: 10))), Question());

        Assert.Equal(10, client.MaxInFlight);
        Assert.Equal(10, result.Trace.Calls.Count);
        Assert.Equal(StopReason.Completed, result.StopReason);
    }

    [Fact]
    public async Task RunAsync_ComponentsOfOneLayer_RunConcurrently()
    {
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new FakeChatClient(async (_, options, ct) =>
        {
            if (Interlocked.Increment(ref arrived) == 3)
            {
                allArrived.SetResult();
            }

            await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return Reply(options);
        });
        var runner = Runner(new FakeModelResolver().Add("m", client));
        var generators = Layer(
            Component(ComponentTypes.Generator), Component(ComponentTypes.Generator), Component(ComponentTypes.Generator));

        var result = await runner.RunAsync(Of(generators), Question());

        Assert.Equal(3, client.MaxInFlight);
        Assert.Equal(["L0.c0.s0", "L0.c1.s0", "L0.c2.s0"], result.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task RunAsync_SeveralLayers_NextLayerStartsAfterPreviousFinished()
    {
        var log = new List<string>();
        var client = new FakeChatClient(async (_, options, _) =>
        {
            var role = (string)options!.AdditionalProperties![ArchonChatKeys.Role]!;
            lock (log)
            {
                log.Add("start " + role);
            }

            await Task.Yield();
            lock (log)
            {
                log.Add("end " + role);
            }

            return Reply(options);
        });
        var runner = Runner(new FakeModelResolver().Add("m", client));

        await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 4)), Layer(Component(ComponentTypes.Fuser))), Question());

        var firstFuser = log.IndexOf("start fuser");
        Assert.Equal(8, firstFuser);
        Assert.All(log.Take(firstFuser), e => Assert.EndsWith("generator", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_MaxCallsReachedInSecondLayer_ReturnsFirstLayerCandidateWithReason()
    {
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Reply(options)));
        var runner = Runner(new FakeModelResolver().Add("m", client));
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator, samples: 3)),
            Layer(Component(ComponentTypes.Fuser), Component(ComponentTypes.Fuser)),
            Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question(), new QueryOptions { MaxCalls = 4 });

        Assert.Equal(StopReason.MaxCalls, result.StopReason);
        Assert.Contains("4 model calls", result.StopDetail, StringComparison.Ordinal);
        Assert.Equal(4, client.Calls);
        Assert.Equal(4, result.Trace.Totals.Calls);
        Assert.Equal("L0.c0.s0", result.Final?.Id);
        Assert.Equal("generator:0", result.Answer);
        Assert.Equal(3, result.Candidates.Count);
        Assert.False(result.Trace.Layers[1].Completed);
    }

    [Fact]
    public async Task RunAsync_MaxCallsReachedInFirstLayer_KeepsFinishedGenerators()
    {
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Reply(options)));
        var runner = Runner(new FakeModelResolver().Add("m", client));
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator), Component(ComponentTypes.Generator, samples: 3)),
            Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question(), new QueryOptions { MaxCalls = 2 });

        Assert.Equal(StopReason.MaxCalls, result.StopReason);
        Assert.Equal(["L0.c0.s0"], result.Candidates.Select(c => c.Id));
        Assert.Equal(2, client.Calls);
    }

    [Fact]
    public async Task RunAsync_MaxCostReached_RefusesFurtherCalls()
    {
        // $1 per call: 1M input tokens at $1 per million.
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Reply(options, inputTokens: 1_000_000)));
        var runner = Runner(new FakeModelResolver().Add("m", client, new ModelPricing(1m, 0m)));
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator)),
            Layer(Component(ComponentTypes.Fuser)),
            Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question(), new QueryOptions { MaxCostUsd = 2m });

        Assert.Equal(StopReason.MaxCost, result.StopReason);
        Assert.Equal(2, client.Calls);
        Assert.Equal(2m, result.Trace.Totals.CostUsd);
        Assert.Equal("L1.c0.s0", result.Final?.Id);
        Assert.Contains("cost limit", result.StopDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DeadlinePassesDuringCall_StopsWithPreviousLayerAndRecordsCancelledCall()
    {
        var time = new FakeTimeProvider();
        var client = new FakeChatClient(async (_, options, ct) =>
        {
            if ((string?)options!.AdditionalProperties![ArchonChatKeys.Role] == ComponentTypes.Fuser)
            {
                time.Advance(TimeSpan.FromSeconds(5));
                await Task.Delay(Timeout.Infinite, ct);
            }

            return Reply(options);
        });
        var runner = Runner(new FakeModelResolver().Add("m", client), time);
        var architecture = Of(Layer(Component(ComponentTypes.Generator, samples: 2)), Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question(), new QueryOptions { Deadline = TimeSpan.FromSeconds(1) });

        Assert.Equal(StopReason.Deadline, result.StopReason);
        Assert.Equal("L0.c0.s0", result.Final?.Id);
        var cancelled = Assert.Single(result.Trace.Calls, c => c.Error is not null);
        Assert.Equal(1, cancelled.Layer);
        Assert.Equal(TimeSpan.FromSeconds(5), cancelled.Latency);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_ReturnsCancelledWithWhatWasDone()
    {
        using var cts = new CancellationTokenSource();
        var client = new FakeChatClient(async (_, options, ct) =>
        {
            if ((string?)options!.AdditionalProperties![ArchonChatKeys.Role] == ComponentTypes.Fuser)
            {
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return Reply(options);
        });
        var runner = Runner(new FakeModelResolver().Add("m", client));
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator)), Layer(Component(ComponentTypes.Fuser)), Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question(), cancellationToken: cts.Token);

        Assert.Equal(StopReason.Cancelled, result.StopReason);
        Assert.Equal("generator:0", result.Answer);
        Assert.Equal(2, client.Calls);
    }

    [Fact]
    public async Task RunAsync_NegativeLimit_ThrowsNamingTheField()
    {
        var runner = Runner(new FakeModelResolver().Add("m", new FakeChatClient()));

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator))), Question(), new QueryOptions { Deadline = TimeSpan.FromSeconds(-1) }));

        Assert.Contains("QueryOptions.Deadline", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ZeroMaxCalls_ReturnsEmptyWithReason()
    {
        var client = new FakeChatClient();
        var runner = Runner(new FakeModelResolver().Add("m", client));

        var result = await runner.RunAsync(Of(Layer(Component(ComponentTypes.Generator))), Question(), new QueryOptions { MaxCalls = 0 });

        Assert.Equal(StopReason.MaxCalls, result.StopReason);
        Assert.Equal(0, client.Calls);
        Assert.Null(result.Final);
    }

    [Fact]
    public async Task RunAsync_AlreadyCancelled_MakesNoCall()
    {
        var client = new FakeChatClient();
        var runner = Runner(new FakeModelResolver().Add("m", client));

        var result = await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator))), Question(), cancellationToken: new CancellationToken(canceled: true));

        Assert.Equal(StopReason.Cancelled, result.StopReason);
        Assert.Equal(0, client.Calls);
        Assert.Equal(string.Empty, result.Answer);
    }

    [Fact]
    public async Task RunAsync_ComponentMutatesConversation_CallerMessagesUnchanged()
    {
        var registry = new ComponentRegistry().Register(ComponentTypes.Generator, _ => new MutatingComponent());
        var runner = Runner(new FakeModelResolver().Add("m", new FakeChatClient()), registry: registry);
        var message = new ChatMessage(ChatRole.User, "original");
        var messages = new List<ChatMessage> { message };

        await runner.RunAsync(Of(Layer(Component(ComponentTypes.Generator))), messages);

        Assert.Same(message, Assert.Single(messages));
        Assert.Equal(ChatRole.User, message.Role);
        Assert.Equal("original", message.Text);
        Assert.Single(message.Contents);
    }

    [Fact]
    public async Task RunAsync_UnknownTypeAndModel_ThrowsListingBothBeforeAnyCall()
    {
        var client = new FakeChatClient();
        var runner = Runner(new FakeModelResolver().Add("m", client));
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator)),
            Layer(Component("summariser"), Component(ComponentTypes.Fuser, model: "gpt-9")));

        var ex = await Assert.ThrowsAsync<InvalidArchitectureException>(() => runner.RunAsync(architecture, Question()));

        Assert.Equal(0, client.Calls);
        Assert.Equal(2, ex.Problems.Count);
        Assert.StartsWith("$.layers[1][0].type", ex.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("$.layers[1][1].model", ex.Problems[1], StringComparison.Ordinal);
        Assert.Contains("gpt-9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Usage_TraceRecordsTokensCostAndPipelineFlags()
    {
        var time = new FakeTimeProvider();
        var client = new FakeChatClient((_, options, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            var response = Reply(options, inputTokens: 1000, outputTokens: 500);
            response.AdditionalProperties = new AdditionalPropertiesDictionary
            {
                // Only the fuser's call is answered from the cache, and a cached answer costs nothing.
                [ArchonChatKeys.CacheHit] = Equals(options?.AdditionalProperties?[ArchonChatKeys.Role], ComponentTypes.Fuser),
                [ArchonChatKeys.Retries] = 2,
                [ArchonChatKeys.Simulated] = true,
            };
            return Task.FromResult(response);
        });
        var runner = Runner(new FakeModelResolver().Add("m", client, new ModelPricing(2m, 10m)), time);
        var generator = Component(ComponentTypes.Generator, samples: 2) with { Temperature = 0.3, MaxTokens = 77 };

        var result = await runner.RunAsync(Of(Layer(generator), Layer(Component(ComponentTypes.Fuser))), Question());

        Assert.Equal(3, result.Trace.Totals.Calls);
        Assert.Equal(3000, result.Trace.Totals.InputTokens);
        Assert.Equal(1500, result.Trace.Totals.OutputTokens);
        Assert.Equal(2 * 0.007m, result.Trace.Totals.CostUsd);
        Assert.Equal(1, result.Trace.Totals.CacheHits);
        Assert.All(result.Trace.Calls, c => Assert.Equal(2, c.Retries));
        Assert.All(result.Trace.Calls, c => Assert.Equal(TimeSpan.FromMilliseconds(100), c.Latency));
        Assert.True(result.Simulated);
        Assert.Equal(TimeSpan.FromMilliseconds(300), result.Trace.Elapsed);
        var options = client.Options[0]!;
        Assert.Equal(0.3f, options.Temperature);
        Assert.Equal(77, options.MaxOutputTokens);
        Assert.Equal(ComponentTypes.Generator, options.AdditionalProperties![ArchonChatKeys.Role]);
        Assert.Equal(0, options.AdditionalProperties[ArchonChatKeys.Attempt]);
        Assert.Equal([0, 1], client.Options.Take(2).Select(o => (int)o!.AdditionalProperties![ArchonChatKeys.Sample]!).Order());
    }

    [Fact]
    public async Task RunAsync_CallThrows_RecordsErrorAndComponentWarning()
    {
        var client = new FakeChatClient((_, options, _) =>
            (int)options!.AdditionalProperties![ArchonChatKeys.Sample]! == 1
                ? Task.FromException<ChatResponse>(new HttpRequestException("connection refused"))
                : Task.FromResult(Reply(options)));
        var runner = Runner(new FakeModelResolver().Add("m", client));

        var result = await runner.RunAsync(Of(Layer(Component(ComponentTypes.Generator, samples: 3))), Question());

        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Equal(["L0.c0.s0", "L0.c0.s2"], result.Candidates.Select(c => c.Id));
        var failed = Assert.Single(result.Trace.Calls, c => c.Error is not null);
        Assert.Equal("connection refused", failed.Error);
        var warning = Assert.Single(result.Trace.Warnings);
        Assert.Contains("sample 1 dropped", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ComponentThrows_QueryFailsNamingTheComponent()
    {
        var registry = TestComponent.Registry().Register(ComponentTypes.Ranker, _ => new ThrowingComponent());
        var runner = Runner(new FakeModelResolver().Add("m", new FakeChatClient()), registry: registry);

        var result = await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 2)), Layer(Component(ComponentTypes.Ranker))), Question());

        Assert.Equal(StopReason.Failed, result.StopReason);
        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((1, ComponentTypes.Ranker, 0), (failure.Layer, failure.Component, failure.ComponentIndex));
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
        Assert.Contains("boom", result.StopDetail, StringComparison.Ordinal);
        Assert.Equal(2, result.Candidates.Count);
        Assert.False(result.Trace.Layers[1].Completed);
    }

    [Fact]
    public async Task RunAsync_OptionalComponentThrows_LayerPassesInputOnWithWarning()
    {
        var registry = TestComponent.Registry().Register(ComponentTypes.Ranker, _ => new ThrowingComponent());
        var runner = Runner(new FakeModelResolver().Add("m", new FakeChatClient()), registry: registry);

        var result = await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 2)), Layer(Optional(Component(ComponentTypes.Ranker)))), Question());

        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Empty(result.Failures);
        Assert.Equal(2, result.Candidates.Count);
        Assert.Contains(result.Trace.Warnings, w => w.Layer == 1 && w.Message.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_EveryCallOfAComponentFails_QueryFailsAndLaterLayersDoNotRun()
    {
        var client = new FakeChatClient((_, options, _) =>
            (string?)options!.AdditionalProperties![ArchonChatKeys.Role] == ComponentTypes.Ranker
                ? throw new HttpRequestException("HTTP 503 (upstream down)")
                : Task.FromResult(Reply(options)));
        var runner = Runner(new FakeModelResolver().Add("m", client));

        var result = await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 3)), Layer(Component(ComponentTypes.Ranker, samples: 2)), Layer(Component(ComponentTypes.Fuser))),
            Question());

        Assert.Equal(StopReason.Failed, result.StopReason);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(1, failure.Layer);
        Assert.Contains("every model call failed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("upstream down", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Trace.Calls, c => c.Layer == 2);
        Assert.Equal(["L0.c0.s0", "L0.c0.s1", "L0.c0.s2"], result.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task RunAsync_SomeCallsOfAComponentFail_QueryCompletesWithWarnings()
    {
        var client = new FakeChatClient((_, options, _) =>
            (int)options!.AdditionalProperties![ArchonChatKeys.Sample]! == 1
                ? throw new HttpRequestException("HTTP 503 (upstream down)")
                : Task.FromResult(Reply(options)));
        var runner = Runner(new FakeModelResolver().Add("m", client));

        var result = await runner.RunAsync(Of(Layer(Component(ComponentTypes.Generator, samples: 3))), Question());

        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Empty(result.Failures);
        Assert.Equal(2, result.Candidates.Count);
        Assert.Contains(result.Trace.Warnings, w => w.Message.Contains("sample 1 dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_EveryCallOfAnOptionalComponentFails_QueryCompletesWithoutItsOutput()
    {
        var client = new FakeChatClient((_, options, _) =>
            (int)options!.AdditionalProperties![ArchonChatKeys.ComponentIndex]! == 1
                ? throw new HttpRequestException("HTTP 503 (upstream down)")
                : Task.FromResult(Reply(options)));
        var runner = Runner(new FakeModelResolver().Add("m", client));

        var result = await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 2), Optional(Component(ComponentTypes.Generator, samples: 2)))), Question());

        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Equal(["L0.c0.s0", "L0.c0.s1"], result.Candidates.Select(c => c.Id));
        Assert.Contains(result.Trace.Warnings, w => w.ComponentIndex == 1 && w.Message.Contains("optional component produced nothing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_IdenticalComponentsInALayer_CallsCarryTheirPositions()
    {
        var positions = new System.Collections.Concurrent.ConcurrentBag<(int Layer, int Index)>();
        var client = new FakeChatClient((_, options, _) =>
        {
            var props = options!.AdditionalProperties!;
            positions.Add(((int)props[ArchonChatKeys.Layer]!, (int)props[ArchonChatKeys.ComponentIndex]!));
            return Task.FromResult(Reply(options));
        });
        var runner = Runner(new FakeModelResolver().Add("m", client));

        await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 2)), Layer(Component(ComponentTypes.Fuser), Component(ComponentTypes.Fuser), Component(ComponentTypes.Fuser))),
            Question());

        Assert.Equal([(0, 0), (0, 0), (1, 0), (1, 1), (1, 2)], positions.Order());
    }

    [Fact]
    public async Task RunAsync_SameInput_FinalSelectionIsFirstCandidateOfLastLayer()
    {
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Reply(options)));
        var registry = TestComponent.Registry().Register(ComponentTypes.Ranker, _ => new ReversingRanker());
        var runner = Runner(new FakeModelResolver().Add("m", client), registry: registry);
        var architecture = Of(Layer(Component(ComponentTypes.Generator, samples: 5)), Layer(Component(ComponentTypes.Ranker)));

        var first = await runner.RunAsync(architecture, Question());
        var second = await runner.RunAsync(architecture, Question());

        Assert.Equal("L0.c0.s4", first.Final?.Id);
        Assert.Equal("generator:4", first.Answer);
        Assert.Equal(first.Candidates.Select(c => c.Id), second.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task RunAsync_UnitTestGenerator_AccumulatesTestsAndPassesCandidatesOn()
    {
        var registry = TestComponent.Registry()
            .Register(ComponentTypes.UnitTestGenerator, _ => new FixedTestsComponent(["t1", "t2"]));
        var runner = Runner(new FakeModelResolver().Add("m", new FakeChatClient()), registry: registry);

        var result = await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 2)),
               Layer(Component(ComponentTypes.UnitTestGenerator), Component(ComponentTypes.UnitTestGenerator))),
            Question());

        Assert.Equal(["t1", "t2"], result.UnitTests);
        Assert.Equal(["L0.c0.s0", "L0.c0.s1"], result.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task RunAsync_TwoLayers_TraceHasLayerTimingsAndCriticalPath()
    {
        var time = new FakeTimeProvider();
        var client = new FakeChatClient((_, options, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(40));
            return Task.FromResult(Reply(options));
        });
        var runner = Runner(new FakeModelResolver().Add("m", client), time);

        var result = await runner.RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 3)), Layer(Component(ComponentTypes.Fuser))), Question());

        // The fake clock advances on every call, so calls appear sequential: critical path = one call per layer.
        Assert.Equal(TimeSpan.FromMilliseconds(80), result.Trace.CriticalPath);
        Assert.Equal(2, result.Trace.Layers.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(120), result.Trace.Layers[0].Elapsed);
        Assert.Equal(3, result.Trace.Layers[0].Totals.Calls);
        Assert.Equal(TimeSpan.FromMilliseconds(120), result.Trace.Layers[1].StartOffset);
        Assert.True(result.Trace.Layers[1].Completed);
    }

    private sealed class MutatingComponent : IArchitectureComponent
    {
        public string Type => ComponentTypes.Generator;

        public Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
        {
            input.Conversation[0].Contents.Add(new TextContent(" injected"));
            input.Conversation[0].Role = ChatRole.System;
            if (input.Conversation is IList<ChatMessage> { IsReadOnly: false } list)
            {
                list.Add(new ChatMessage(ChatRole.User, "extra"));
            }

            return Task.FromResult(new ComponentOutput([]));
        }
    }

    private sealed class ThrowingComponent : IArchitectureComponent
    {
        public string Type => ComponentTypes.Ranker;

        public Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class ReversingRanker : IArchitectureComponent
    {
        public string Type => ComponentTypes.Ranker;

        public Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken) =>
            Task.FromResult(new ComponentOutput(input.Candidates.Reverse().Select((c, i) => c with { Rank = i + 1 }).ToArray()));
    }

    private sealed class FixedTestsComponent(IReadOnlyList<string> tests) : IArchitectureComponent
    {
        public string Type => ComponentTypes.UnitTestGenerator;

        public Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken) =>
            Task.FromResult(new ComponentOutput(input.Candidates) { UnitTests = tests });
    }
}
