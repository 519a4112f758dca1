using System.Text.Json;
using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Models;
using Archon.Core.Synthetic;
using Archon.Models.Catalog;
using Archon.Models.Simulation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Archon.Models.Tests.Simulation;

public sealed class SimulatedChatClientTests
{
    private static readonly SyntheticTask Task0 = SyntheticTasks.Generate(1, seed: 9)[0];

    private static SimulatedChatClient Client(double skill = 0.6, int seed = 1, double malformed = 0, int latencyMs = 0, TimeProvider? time = null) =>
        new(new ModelCatalogEntry { Name = "sim-test", Kind = ModelKinds.Sim, Skill = skill, MalformedJsonRate = malformed, Latency = TimeSpan.FromMilliseconds(latencyMs) }, seed, time ?? TimeProvider.System);

    private static ChatOptions Options(string role = ComponentTypes.Generator, int sample = 0, int attempt = 0) => new()
    {
        AdditionalProperties = new() { [ArchonChatKeys.Role] = role, [ArchonChatKeys.Sample] = sample, [ArchonChatKeys.Attempt] = attempt },
    };

    private static Task<ChatResponse> Ask(SimulatedChatClient client, string prompt, ChatOptions options) =>
        client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], options);

    private static string WithCandidates(string question, params string[] texts) =>
        PromptFormat.Query(question) + "\n" + PromptFormat.Candidates(
            [.. texts.Select((t, i) => new Candidate { Id = $"c{i}", Text = t, Source = new CandidateSource(0, "generator", 0, "m", i) })],
            withCritiques: false);

    [Fact]
    public async Task GetStreamingResponse_SameReplyAsWholeResponse_OneWordPerUpdateThenUsage()
    {
        var client = Client();
        var whole = await Ask(client, "Write a haiku about autumn.", Options());

        var updates = await client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Write a haiku about autumn.")], Options()).ToListAsync();

        var words = updates.Select(u => u.Text).Where(t => t.Length > 0).ToList();
        Assert.True(words.Count > 3, $"expected one update per word, got {words.Count}");
        Assert.All(words, w => Assert.Equal(w.TrimEnd(), w.Trim()));
        Assert.Equal(whole.Text, string.Concat(words));
        var combined = updates.ToChatResponse();
        Assert.Equal(whole.Usage!.OutputTokenCount, combined.Usage!.OutputTokenCount);
        Assert.Equal(true, updates[^1].AdditionalProperties?[ArchonChatKeys.Simulated]);
        Assert.Equal(ChatFinishReason.Stop, combined.FinishReason);
    }

    [Fact]
    public async Task GetStreamingResponse_WithLatency_FirstWordAfterAFractionAndTheLastAfterTheWholeLatency()
    {
        var time = new FakeTimeProvider();
        var client = Client(latencyMs: 1000, time: time);
        var stream = client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Write a haiku about autumn.")], Options())
            .GetAsyncEnumerator();
        var words = SimStream.Pieces((await Ask(Client(), "Write a haiku about autumn.", Options())).Text).Count;

        var first = stream.MoveNextAsync().AsTask();
        Assert.False(first.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1000.0 / words));
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(5)));
        var next = stream.MoveNextAsync().AsTask();
        Assert.False(next.IsCompleted); // the second word is not due yet
        time.Advance(TimeSpan.FromMilliseconds(1000));
        var received = 1;
        while (await next.WaitAsync(TimeSpan.FromSeconds(5)))
        {
            received++;
            next = stream.MoveNextAsync().AsTask();
        }

        Assert.Equal(words + 1, received); // every word, then the usage update
        await stream.DisposeAsync();
    }

    [Fact]
    public async Task GetResponse_SameSeedModelPromptSample_SameOutput()
    {
        var a = await Ask(Client(seed: 3), Task0.Question, Options(sample: 2));
        var b = await Ask(Client(seed: 3), Task0.Question, Options(sample: 2));
        Assert.Equal(a.Text, b.Text);
    }

    [Fact]
    public async Task GetResponse_DifferentSamples_DifferentOutputs()
    {
        var client = Client(skill: 0.5);
        var texts = new HashSet<string>();
        for (var s = 0; s < 10; s++)
        {
            texts.Add((await Ask(client, Task0.Question, Options(sample: s))).Text);
        }

        Assert.True(texts.Count > 1, "ten samples at skill 0.5 gave one identical text");
        var p0 = await Ask(client, "Write a haiku about autumn.", Options(sample: 0));
        var p1 = await Ask(client, "Write a haiku about autumn.", Options(sample: 1));
        Assert.NotEqual(p0.Text, p1.Text);
    }

    [Fact]
    public async Task GetResponse_TemperatureZero_SamplesAgree()
    {
        var client = Client(skill: 0.5);
        var texts = new HashSet<string>();
        for (var s = 0; s < 10; s++)
        {
            var options = Options(sample: s);
            options.Temperature = 0;
            texts.Add((await Ask(client, Task0.Question, options)).Text);
        }

        Assert.Single(texts);
    }

    [Fact]
    public async Task GetResponse_DifferentSeed_DifferentOutputsSomewhere()
    {
        var tasks = SyntheticTasks.Generate(20, seed: 4);
        var differ = 0;
        foreach (var t in tasks)
        {
            differ += (await Ask(Client(seed: 1), t.Question, Options())).Text != (await Ask(Client(seed: 2), t.Question, Options())).Text ? 1 : 0;
        }

        Assert.True(differ > 0);
    }

    [Fact]
    public async Task GetResponse_Generator_LabelledSimulatedWithExtractableAnswerAndUsage()
    {
        var response = await Ask(Client(skill: 1), Task0.Question, Options());
        Assert.StartsWith("[simulated]", response.Text, StringComparison.Ordinal);
        Assert.Equal(Task0.Answer, SyntheticTasks.ExtractAnswer(response.Text));
        Assert.Equal(true, response.AdditionalProperties![ArchonChatKeys.Simulated]);
        Assert.True(response.Usage!.InputTokenCount > 10);
        Assert.True(response.Usage.OutputTokenCount > 5);
    }

    [Fact]
    public async Task GetResponse_GeneratorAccuracy_TracksSkill()
    {
        var tasks = SyntheticTasks.Generate(400, seed: 12);
        async Task<double> Accuracy(double skill)
        {
            var client = Client(skill);
            var right = 0;
            foreach (var t in tasks)
            {
                right += SyntheticTasks.ExtractAnswer((await Ask(client, t.Question, Options())).Text) == t.Answer ? 1 : 0;
            }

            return right / (double)tasks.Count;
        }

        var low = await Accuracy(0.3);
        var high = await Accuracy(0.8);
        Assert.InRange(low, 0.2, 0.42);
        Assert.InRange(high, 0.7, 0.9);
    }

    [Fact]
    public async Task GetResponse_OtherPrompt_DeterministicPlaceholder()
    {
        var a = await Ask(Client(), "What is the capital of France?", Options());
        var b = await Ask(Client(), "What is the capital of France?", Options());
        Assert.Equal(a.Text, b.Text);
        Assert.StartsWith("[simulated]", a.Text, StringComparison.Ordinal);
        Assert.Contains("capital of France", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponse_SkilledFuser_PicksCorrectAnswerFromMinority()
    {
        var wrong = $"Working: x.\nAnswer: {Task0.Answer + 1}";
        var right = $"Working: y.\nAnswer: {Task0.Answer}";
        var prompt = WithCandidates(Task0.Question, wrong, wrong, right);
        var response = await Ask(Client(skill: 1), prompt, Options(ComponentTypes.Fuser));
        Assert.Equal(Task0.Answer, SyntheticTasks.ExtractAnswer(response.Text));
    }

    [Fact]
    public async Task GetResponse_UnskilledFuser_OftenWrongEvenWhenAllCandidatesRight()
    {
        var right = $"Working: y.\nAnswer: {Task0.Answer}";
        var prompt = WithCandidates(Task0.Question, right, right, right);
        var client = Client(skill: 0);
        var wrongCount = 0;
        for (var s = 0; s < 40; s++)
        {
            wrongCount += SyntheticTasks.ExtractAnswer((await Ask(client, prompt, Options(ComponentTypes.Fuser, s))).Text) != Task0.Answer ? 1 : 0;
        }

        Assert.InRange(wrongCount, 10, 30);
    }

    [Fact]
    public async Task GetResponse_SkilledRanker_PutsCorrectCandidatesFirst()
    {
        var prompt = WithCandidates(Task0.Question, $"Answer: {Task0.Answer + 2}", $"Answer: {Task0.Answer}", "no answer", $"Answer: {Task0.Answer}");
        var response = await Ask(Client(skill: 1), prompt, Options(ComponentTypes.Ranker));
        using var json = JsonDocument.Parse(response.Text);
        var ranking = json.RootElement.GetProperty("ranking").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal([2, 4, 1, 3], ranking);
        Assert.True(json.RootElement.GetProperty("simulated").GetBoolean());
    }

    [Fact]
    public async Task GetResponse_SkilledCritic_FlagsOnlyWrongAnswers()
    {
        var prompt = WithCandidates(Task0.Question, $"Answer: {Task0.Answer + 10}", $"Answer: {Task0.Answer}");
        var response = await Ask(Client(skill: 1), prompt, Options(ComponentTypes.Critic));
        using var json = JsonDocument.Parse(response.Text);
        var critiques = json.RootElement.GetProperty("critiques").EnumerateArray().ToArray();
        Assert.Equal(2, critiques.Length);
        Assert.Contains("wrong", critiques[0].GetProperty("weaknesses").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", critiques[1].GetProperty("weaknesses").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 0L, true)]
    [InlineData(1.0, 1L, false)]
    [InlineData(0.0, 0L, false)]
    [InlineData(0.0, 1L, true)]
    public async Task GetResponse_Verifier_JudgesBySkill(double skill, long offset, bool expectedPass)
    {
        var prompt = WithCandidates(Task0.Question, $"Answer: {Task0.Answer + offset}");
        var response = await Ask(Client(skill), prompt, Options(ComponentTypes.Verifier));
        using var json = JsonDocument.Parse(response.Text);
        Assert.Equal(expectedPass, json.RootElement.GetProperty("passed").GetBoolean());
        Assert.StartsWith("[simulated]", json.RootElement.GetProperty("reasoning").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponse_UnitTests_GeneratedThenJudgedByCorrectness()
    {
        var generated = await Ask(Client(skill: 1), PromptFormat.Query(Task0.Question), Options(ComponentTypes.UnitTestGenerator));
        using var testsJson = JsonDocument.Parse(generated.Text);
        var tests = testsJson.RootElement.GetProperty("tests").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.InRange(tests.Length, 5, 10);

        var testBlock = string.Join("\n", tests.Select((t, i) => PromptFormat.Test(i + 1, t)));
        var good = await Ask(Client(skill: 1), WithCandidates(Task0.Question, $"Answer: {Task0.Answer}") + testBlock, Options(ComponentTypes.UnitTestEvaluator));
        var bad = await Ask(Client(skill: 1), WithCandidates(Task0.Question, $"Answer: {Task0.Answer - 1}") + testBlock, Options(ComponentTypes.UnitTestEvaluator));
        int Passed(string text)
        {
            using var doc = JsonDocument.Parse(text);
            var results = doc.RootElement.GetProperty("results").EnumerateArray().ToArray();
            Assert.Equal(tests.Length, results.Length);
            return results.Count(r => r.GetProperty("passed").GetBoolean());
        }

        Assert.Equal(tests.Length, Passed(good.Text));
        Assert.Equal(1, Passed(bad.Text));
    }

    [Fact]
    public async Task GetResponse_MalformedRate_ProducesUnparseableJsonAtThatRate()
    {
        var prompt = WithCandidates(Task0.Question, "Answer: 1", "Answer: 2");
        async Task<int> Malformed(double rate)
        {
            var client = Client(skill: 0.7, malformed: rate);
            var bad = 0;
            for (var s = 0; s < 200; s++)
            {
                var text = (await Ask(client, prompt, Options(ComponentTypes.Ranker, s))).Text;
                try
                {
                    using var _ = JsonDocument.Parse(text);
                }
                catch (JsonException)
                {
                    bad++;
                }
            }

            return bad;
        }

        Assert.Equal(0, await Malformed(0));
        Assert.InRange(await Malformed(0.1), 8, 35);
        Assert.Equal(200, await Malformed(1));
    }

    [Fact]
    public async Task GetResponse_Latency_WaitsOnTimeProvider()
    {
        var time = new FakeTimeProvider();
        var call = Ask(Client(latencyMs: 250, time: time), Task0.Question, Options());
        await Task.Delay(20);
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(250));
        var response = await call.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotEmpty(response.Text);
    }

    [Fact]
    public async Task GetResponse_SameCallFromAnotherComponentOfTheLayer_DifferentReply()
    {
        var client = Client();
        var first = Options(ComponentTypes.Fuser);
        first.Temperature = 0.7f;
        var second = Options(ComponentTypes.Fuser);
        second.Temperature = 0.7f;
        second.AdditionalProperties![ArchonChatKeys.ComponentIndex] = 1;

        var a = await Ask(client, "Tell me about owls.", first);
        var b = await Ask(client, "Tell me about owls.", second);

        Assert.NotEqual(a.Text, b.Text);
    }

    [Fact]
    public async Task GetResponse_GreedyCallFromAnotherComponentOfTheLayer_SameReply()
    {
        var client = Client();
        var first = Options(ComponentTypes.Fuser);
        first.Temperature = 0f;
        var second = Options(ComponentTypes.Fuser);
        second.Temperature = 0f;
        second.AdditionalProperties![ArchonChatKeys.ComponentIndex] = 2;

        Assert.Equal((await Ask(client, "Tell me about owls.", first)).Text, (await Ask(client, "Tell me about owls.", second)).Text);
    }
}
