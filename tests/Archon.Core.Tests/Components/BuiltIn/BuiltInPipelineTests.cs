using System.Collections.Concurrent;
using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Core.Tests.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Core.Tests.Components.BuiltIn;

/// <summary>The built-in components run by the real <see cref="ArchitectureRunner"/> over a fake chat client.</summary>
public class BuiltInPipelineTests
{
    private static readonly ArchitectureConfig GeneratorsCriticRankerFuser = TestArchitectures.Of(
        TestArchitectures.Layer(TestArchitectures.Component(ComponentTypes.Generator, samples: 3)),
        TestArchitectures.Layer(TestArchitectures.Component(ComponentTypes.Critic)),
        TestArchitectures.Layer(new ComponentConfig { Type = ComponentTypes.Ranker, Model = "m", TopK = 2 }),
        TestArchitectures.Layer(TestArchitectures.Component(ComponentTypes.Fuser)));

    private static (ArchitectureRunner Runner, ConcurrentDictionary<string, string> Prompts) Runner(Func<string, int, string> reply)
    {
        var prompts = new ConcurrentDictionary<string, string>();
        var client = new FakeChatClient((messages, options, _) =>
        {
            var role = (string)options!.AdditionalProperties![ArchonChatKeys.Role]!;
            var sample = (int)options.AdditionalProperties[ArchonChatKeys.Sample]!;
            prompts[role] = messages[^1].Text;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(role, sample))));
        });
        var resolver = new FakeModelResolver().Add("m", client);
        return (new ArchitectureRunner(resolver, BuiltInComponents.CreateRegistry()), prompts);
    }

    private static string Reply(string role, int sample) => role switch
    {
        ComponentTypes.Generator => $"draft {sample}",
        ComponentTypes.Critic => """{"critiques":[{"candidate":1,"strengths":"s1","weaknesses":"w1"},{"candidate":2,"strengths":"s2","weaknesses":"w2"},{"candidate":3,"strengths":"s3","weaknesses":"w3"}]}""",
        ComponentTypes.Ranker => """{"ranking":[3,1,2]}""",
        ComponentTypes.Verifier => """{"reasoning":"checked","passed":true}""",
        _ => "fused answer",
    };

    [Fact]
    public async Task RunAsync_GeneratorsCriticRankerFuser_FusesTheTopRankedCandidatesWithCritiques()
    {
        var (runner, prompts) = Runner(Reply);

        var result = await runner.RunAsync(GeneratorsCriticRankerFuser, TestArchitectures.Question());

        Assert.Equal("fused answer", result.Answer);
        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Empty(result.Trace.Warnings);
        var fuserPrompt = prompts[ComponentTypes.Fuser];
        Assert.Contains("<candidate id=\"1\">\ndraft 2\n</candidate>", fuserPrompt, StringComparison.Ordinal);
        Assert.Contains("<candidate id=\"2\">\ndraft 0\n</candidate>", fuserPrompt, StringComparison.Ordinal);
        Assert.DoesNotContain("draft 1", fuserPrompt, StringComparison.Ordinal);
        Assert.Contains("Strengths: s3", prompts[ComponentTypes.Ranker], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CriticBeforeRankerAndFuser_CritiquesReachBothWithoutUseCritiques()
    {
        var (runner, prompts) = Runner(Reply);

        await runner.RunAsync(GeneratorsCriticRankerFuser, TestArchitectures.Question());

        Assert.Contains("<critique id=\"2\">\nStrengths: s2\nWeaknesses: w2", prompts[ComponentTypes.Ranker], StringComparison.Ordinal);
        var fuserPrompt = prompts[ComponentTypes.Fuser];
        Assert.Contains("<critique id=\"1\">\nStrengths: s3\nWeaknesses: w3", fuserPrompt, StringComparison.Ordinal);
        Assert.Contains("<critique id=\"2\">\nStrengths: s1\nWeaknesses: w1", fuserPrompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Strengths: s2", fuserPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FuserOptsOutOfCritiques_ItsPromptHasNone()
    {
        var (runner, prompts) = Runner(Reply);
        var optOut = TestArchitectures.Of(
            [.. GeneratorsCriticRankerFuser.Layers.Take(3),
             TestArchitectures.Layer(TestArchitectures.Component(ComponentTypes.Fuser) with
             {
                 Settings = new Dictionary<string, System.Text.Json.JsonElement>
                 {
                     [ComponentKeys.UseCritiques] = System.Text.Json.JsonSerializer.SerializeToElement(false),
                 },
             })]);

        await runner.RunAsync(optOut, TestArchitectures.Question());

        Assert.Contains("<critique", prompts[ComponentTypes.Ranker], StringComparison.Ordinal);
        Assert.DoesNotContain("<critique", prompts[ComponentTypes.Fuser], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RankerNeverReadable_QueryStillAnswersAndTraceCarriesTheWarning()
    {
        var (runner, _) = Runner((role, sample) => role == ComponentTypes.Ranker ? "the third one" : Reply(role, sample));

        var result = await runner.RunAsync(GeneratorsCriticRankerFuser, TestArchitectures.Question());

        Assert.Equal("fused answer", result.Answer);
        var warning = Assert.Single(result.Trace.Warnings);
        Assert.Equal(ComponentTypes.Ranker, warning.Component);
        Assert.Equal(3 + 1 + 3 + 1, result.Trace.Calls.Count);
    }

    [Fact]
    public async Task RunAsync_EveryCall_TraceCarriesWhatItContributed()
    {
        var (runner, _) = Runner(Reply);
        var architecture = TestArchitectures.Of(
            [.. GeneratorsCriticRankerFuser.Layers.Take(3),
             TestArchitectures.Layer(TestArchitectures.Component(ComponentTypes.Verifier)),
             GeneratorsCriticRankerFuser.Layers[3]]);

        var result = await runner.RunAsync(architecture, TestArchitectures.Question());

        var calls = result.Trace.Calls;
        var generated = calls.Where(c => c.Component == ComponentTypes.Generator).OrderBy(c => c.Sample).ToList();
        Assert.Equal(
            ["L0.c0.s0:draft 0", "L0.c0.s1:draft 1", "L0.c0.s2:draft 2"],
            generated.Select(c => Assert.Single(c.Outcome!.Candidates)).Select(c => $"{c.Id}:{c.Text}"));
        var critic = Assert.Single(calls, c => c.Component == ComponentTypes.Critic).Outcome!;
        Assert.Equal(
            ["L0.c0.s0:w1", "L0.c0.s1:w2", "L0.c0.s2:w3"],
            critic.Annotations.Select(a => $"{a.CandidateId}:{a.Critique!.Weaknesses}"));
        var ranker = Assert.Single(calls, c => c.Component == ComponentTypes.Ranker).Outcome!;
        Assert.Equal(["L0.c0.s2", "L0.c0.s0", "L0.c0.s1"], ranker.Ranking);
        var verifiers = calls.Where(c => c.Component == ComponentTypes.Verifier).ToList();
        Assert.Equal(2, verifiers.Count);
        Assert.Equal(
            ["L0.c0.s0", "L0.c0.s2"],
            verifiers.Select(c => Assert.Single(c.Outcome!.Annotations)).Where(a => a.Verdict!.Passed).Select(a => a.CandidateId).Order());
        var fused = Assert.Single(Assert.Single(calls, c => c.Component == ComponentTypes.Fuser).Outcome!.Candidates);
        Assert.Equal(result.Final!.Id, fused.Id);
    }

    [Fact]
    public async Task RunAsync_ReplyReadOnSecondAttempt_FirstCallMarkedUnparseable()
    {
        var (runner, _) = Runner((role, sample) => role == ComponentTypes.Ranker ? "the third one" : Reply(role, sample));

        var result = await runner.RunAsync(GeneratorsCriticRankerFuser, TestArchitectures.Question());

        var rankerCalls = result.Trace.Calls.Where(c => c.Component == ComponentTypes.Ranker).ToList();
        Assert.Equal(3, rankerCalls.Count);
        Assert.All(rankerCalls, c => Assert.True(c.Outcome!.Unparseable));
        Assert.All(rankerCalls, c => Assert.Null(c.Outcome!.Ranking));
    }
}
