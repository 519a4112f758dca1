using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;
using static Archon.Core.Tests.Execution.TestArchitectures;

namespace Archon.Core.Tests.Execution;

/// <summary>Streaming the final layer through <see cref="QueryOptions.FinalLayerDeltas"/>, with the built-in components.</summary>
public sealed class FinalAnswerStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static ChatResponse Generated(ChatOptions? options) => new(new ChatMessage(
        ChatRole.Assistant, $"draft {options?.AdditionalProperties?[ArchonChatKeys.Sample]}"))
    {
        Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 2 },
    };

    private static ChatResponseUpdate Text(string text) => new(ChatRole.Assistant, text) { MessageId = "m1" };

    private static ChatResponseUpdate Usage(long input, long output) =>
        new(ChatRole.Assistant, [new UsageContent(new UsageDetails { InputTokenCount = input, OutputTokenCount = output })]) { MessageId = "m1" };

    private static ArchitectureRunner Runner(FakeChatClient client) =>
        new(new FakeModelResolver().Add("m", client), BuiltInComponents.CreateRegistry());

    private static ArchitectureConfig GeneratorThenFuser(int generatorSamples = 2) =>
        Of(Layer(Component(ComponentTypes.Generator, samples: generatorSamples)), Layer(Component(ComponentTypes.Fuser)));

    private static async Task<List<string>> Drain(Channel<string> channel)
    {
        channel.Writer.TryComplete();
        var deltas = new List<string>();
        await foreach (var delta in channel.Reader.ReadAllAsync())
        {
            deltas.Add(delta);
        }

        return deltas;
    }

    [Fact]
    public async Task RunAsync_FinalFuser_WritesEachDeltaBeforeTheCallEndsAndTheAnswerIsTheirConcatenation()
    {
        var firstDeltaSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Generated(options)));
        client.Stream = (_, _, ct) => Fuse(firstDeltaSeen.Task, ct);
        var channel = Channel.CreateUnbounded<string>();

        var run = Runner(client).RunAsync(GeneratorThenFuser(), Question(), new QueryOptions { FinalLayerDeltas = channel.Writer });
        // The stream's second part waits for this: the first delta must reach the writer while the call is under way.
        var first = await channel.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        firstDeltaSeen.SetResult();
        var result = await run.WaitAsync(Patience);

        Assert.Equal("Fused ", first);
        Assert.Equal(["answer.", "\nAnswer: 4"], await Drain(channel));
        Assert.Equal("Fused answer.\nAnswer: 4", result.Answer);
        Assert.True(result.AnswerStreamed);
        Assert.Equal(1, client.StreamingCalls);
        Assert.Equal(2, client.Calls); // the generator's samples are not streamed
        var fuserCall = Assert.Single(result.Trace.Calls, c => c.Component == ComponentTypes.Fuser);
        Assert.Equal(30, fuserCall.InputTokens);
        Assert.Equal(6, fuserCall.OutputTokens);
        Assert.Equal(50, result.Trace.Totals.InputTokens); // usage still counts every call
        Assert.Null(fuserCall.Error);

        static async IAsyncEnumerable<ChatResponseUpdate> Fuse(Task firstDeltaSeen, [EnumeratorCancellation] CancellationToken ct)
        {
            yield return Text("Fused ");
            await firstDeltaSeen.WaitAsync(Patience, ct);
            yield return Text("answer.");
            yield return Text("\nAnswer: 4");
            yield return Usage(30, 6);
        }
    }

    [Fact]
    public async Task RunAsync_StreamedReplyWithPipelineFlags_RecordedAsCacheHitWithoutCostAndSimulated()
    {
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Generated(options)))
        {
            // One flag on an update with text, one on an update without: both must reach the trace.
            Stream = (_, _, _) => new[]
            {
                new ChatResponseUpdate(ChatRole.Assistant, "whole answer") { MessageId = "m1", AdditionalProperties = new() { [ArchonChatKeys.Simulated] = true } },
                new ChatResponseUpdate { AdditionalProperties = new() { [ArchonChatKeys.CacheHit] = true } },
            }.ToAsyncEnumerable(),
        };
        var channel = Channel.CreateUnbounded<string>();
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", client, new ModelPricing(1m, 1m)), BuiltInComponents.CreateRegistry());

        var result = await runner.RunAsync(GeneratorThenFuser(), Question(), new QueryOptions { FinalLayerDeltas = channel.Writer });

        Assert.Equal(["whole answer"], await Drain(channel));
        Assert.True(result.AnswerStreamed);
        var fuserCall = Assert.Single(result.Trace.Calls, c => c.Component == ComponentTypes.Fuser);
        Assert.True(fuserCall.CacheHit);
        Assert.Equal(0m, fuserCall.CostUsd);
        Assert.True(fuserCall.Simulated);
    }

    [Theory]
    [InlineData(ComponentTypes.Fuser, 2, 1)] // several samples: several candidates
    [InlineData(ComponentTypes.Fuser, 1, 2)] // several components
    [InlineData(ComponentTypes.Ranker, 1, 1)] // the reply is a ranking, not the answer
    public async Task RunAsync_FinalLayerThatCannotStream_WritesNothingAndCallsAsBefore(string type, int samples, int components)
    {
        var client = new FakeChatClient((_, options, _) => Task.FromResult(
            (string?)options?.AdditionalProperties?[ArchonChatKeys.Role] == ComponentTypes.Ranker
                ? new ChatResponse(new ChatMessage(ChatRole.Assistant, "{\"ranking\":[2,1]}"))
                : Generated(options)))
        {
            Stream = (_, _, _) => throw new InvalidOperationException("must not stream"),
        };
        var channel = Channel.CreateUnbounded<string>();
        var last = Layer([.. Enumerable.Range(0, components).Select(_ => Component(type, samples: samples))]);

        var result = await Runner(client).RunAsync(
            Of(Layer(Component(ComponentTypes.Generator, samples: 2)), last), Question(), new QueryOptions { FinalLayerDeltas = channel.Writer });

        Assert.Empty(await Drain(channel));
        Assert.False(result.AnswerStreamed);
        Assert.Equal(0, client.StreamingCalls);
        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.NotEmpty(result.Answer);
        Assert.Empty(result.Trace.Warnings);
    }

    [Fact]
    public async Task RunAsync_StreamFailsPartWay_PrefixWrittenAnswerFromPreviousLayerNotMarkedStreamed()
    {
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Generated(options)))
        {
            Stream = (_, _, _) => Broken(),
        };
        var channel = Channel.CreateUnbounded<string>();

        var result = await Runner(client).RunAsync(GeneratorThenFuser(generatorSamples: 1), Question(), new QueryOptions { FinalLayerDeltas = channel.Writer });

        Assert.Equal(["Fused an"], await Drain(channel));
        Assert.False(result.AnswerStreamed);
        Assert.Equal("draft 0", result.Answer); // the fuser produced nothing: the generator's candidate is passed on
        var fuserCall = Assert.Single(result.Trace.Calls, c => c.Component == ComponentTypes.Fuser);
        Assert.Contains("connection reset", fuserCall.Error, StringComparison.Ordinal);
        Assert.NotEmpty(result.Trace.Warnings);

        static async IAsyncEnumerable<ChatResponseUpdate> Broken()
        {
            await Task.Yield();
            yield return Text("Fused an");
            throw new IOException("connection reset");
        }
    }

    [Fact]
    public async Task RunAsync_NoWriter_FinalCallIsNotStreamed()
    {
        var client = new FakeChatClient((_, options, _) => Task.FromResult(Generated(options)))
        {
            Stream = (_, _, _) => throw new InvalidOperationException("must not stream"),
        };

        var result = await Runner(client).RunAsync(GeneratorThenFuser(), Question());

        Assert.Equal(0, client.StreamingCalls);
        Assert.Equal(3, client.Calls);
        Assert.False(result.AnswerStreamed);
    }
}
