using System.Globalization;
using System.Text.RegularExpressions;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;
using static Archon.Core.Tests.Execution.TestArchitectures;

namespace Archon.Core.Tests.Execution;

/// <summary>The runner with the built-in components and a scripted model that replies in the documented shapes.</summary>
public partial class BuiltInPipelineTests
{
    [GeneratedRegex("<candidate id=\"(\\d+)\">")]
    private static partial Regex CandidateTag();

    private static async Task<ChatResponse> Scripted(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        await Task.Yield();
        var role = (string)options!.AdditionalProperties![ArchonChatKeys.Role]!;
        var sample = (int)options.AdditionalProperties[ArchonChatKeys.Sample]!;
        var prompt = messages[^1].Text;
        var n = CandidateTag().Matches(prompt).Count;
        var text = role switch
        {
            ComponentTypes.Generator => string.Create(CultureInfo.InvariantCulture, $"draft {sample}\nAnswer: {sample}"),
            // Ranks the candidates in reverse order.
            ComponentTypes.Ranker => "{\"ranking\":[" + string.Join(",", Enumerable.Range(1, n).Reverse()) + "]}",
            ComponentTypes.Critic => "{\"critiques\":[" + string.Join(",", Enumerable.Range(1, n).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"{{\"candidate\":{i},\"strengths\":\"s{i}\",\"weaknesses\":\"w{i}\"}}"))) + "]}",
            ComponentTypes.Fuser => string.Create(CultureInfo.InvariantCulture, $"fused from {n}\nAnswer: 9"),
            _ => "?",
        };
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
    }

    [Fact]
    public async Task RunAsync_SamplesRankerCriticFuser_ThirteenCallsAndFusedAnswer()
    {
        var generatorCalls = 0;
        var allGenerators = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new FakeChatClient(async (m, o, ct) =>
        {
            if ((string?)o!.AdditionalProperties![ArchonChatKeys.Role] == ComponentTypes.Generator)
            {
                // Every sample waits for all ten: they must be in flight together.
                if (Interlocked.Increment(ref generatorCalls) == 10)
                {
                    allGenerators.SetResult();
                }

                await allGenerators.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            }

            return await Scripted(m, o);
        });
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", client), BuiltInComponents.CreateRegistry());
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator, samples: 10)),
            Layer(Component(ComponentTypes.Ranker) with { TopK = 5 }),
            Layer(Component(ComponentTypes.Critic)),
            Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question());

        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Empty(result.Trace.Warnings);
        Assert.Equal(13, result.Trace.Totals.Calls);
        Assert.Equal([10, 1, 1, 1], result.Trace.Layers.Select(l => l.Totals.Calls));
        Assert.Equal("fused from 5\nAnswer: 9", result.Answer);
        Assert.Equal(10, client.MaxInFlight);
    }

    [Fact]
    public async Task RunAsync_SamplesThenRanker_AnswerIsBestRanked()
    {
        var client = new FakeChatClient((m, o, _) => Scripted(m, o));
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", client), BuiltInComponents.CreateRegistry());
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator, samples: 4)),
            Layer(Component(ComponentTypes.Ranker) with { TopK = 2 }));

        var result = await runner.RunAsync(architecture, Question());

        Assert.Equal("draft 3\nAnswer: 3", result.Answer);
        Assert.Equal(2, result.Candidates.Count);
        Assert.Equal(1, result.Final?.Rank);
    }

    [Fact]
    public async Task RunAsync_CriticEndpointRefusesEveryCall_QueryFailsInsteadOfDroppingTheCritiques()
    {
        var client = new FakeChatClient((m, o, _) =>
            (string?)o!.AdditionalProperties![ArchonChatKeys.Role] == ComponentTypes.Critic
                ? throw new InvalidOperationException("HTTP 400 (invalid_request_error): response_format json_schema is not supported")
                : Scripted(m, o));
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", client), BuiltInComponents.CreateRegistry());
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator, samples: 3)),
            Layer(Component(ComponentTypes.Critic)),
            Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question());

        Assert.Equal(StopReason.Failed, result.StopReason);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(ComponentTypes.Critic, failure.Component);
        Assert.Contains("response_format", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Trace.Calls, c => c.Component == ComponentTypes.Fuser);
    }

    [Fact]
    public async Task RunAsync_CriticRepliesUnparseable_QueryCompletesWithTheDocumentedDegradation()
    {
        var client = new FakeChatClient((m, o, _) =>
            (string?)o!.AdditionalProperties![ArchonChatKeys.Role] == ComponentTypes.Critic
                ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "I think they are all fine.")))
                : Scripted(m, o));
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", client), BuiltInComponents.CreateRegistry());
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator, samples: 3)),
            Layer(Component(ComponentTypes.Critic)),
            Layer(Component(ComponentTypes.Fuser)));

        var result = await runner.RunAsync(architecture, Question());

        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Empty(result.Failures);
        Assert.Contains(result.Trace.Warnings, w => w.Component == ComponentTypes.Critic && w.Message.Contains("unparseable", StringComparison.Ordinal));
        Assert.Equal("fused from 3\nAnswer: 9", result.Answer);
    }
}
