using Archon.Core.Architectures;
using Archon.Core.Components.UnitTestEvaluator;
using Archon.Core.Components;
using Archon.Core.Execution;
using Archon.Core.Models;

namespace Archon.Core.Tests.Components.UnitTestEvaluator;

public class UnitTestEvaluatorComponentTests
{
    private static readonly string[] Tests = ["states 42", "shows work", "is short"];

    /// <summary>A reply in which the candidate passes its first <paramref name="passed"/> tests and fails the rest.</summary>
    private static string Reply(int passed) =>
        "{\"results\":[" + string.Join(",", Enumerable.Range(1, Tests.Length).Select(t =>
            $"{{\"test\":{t},\"passed\":{(t <= passed ? "true" : "false")},\"reasoning\":\"r{t}\"}}")) + "]}";

    private static int PassedFor(ModelCallRequest request) => TestData.CandidateText(request) switch
    {
        "answer number 0" => 1,
        "answer number 1" => 3,
        "answer number 2" => 1,
        _ => 2,
    };

    [Fact]
    public async Task RunAsync_Results_SortsByTestsPassedStablyAndSetsRanksAndResults()
    {
        var models = new FakeModelInvoker(r => Reply(PassedFor(r)));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(4), Tests), CancellationToken.None);

        // passed: s0 → 1, s1 → 3, s2 → 1, s3 → 2; ties (s0, s2) keep incoming order.
        Assert.Equal(["L0.c0.s1", "L0.c0.s3", "L0.c0.s0", "L0.c0.s2"], output.Candidates.Select(c => c.Id));
        Assert.Equal([1, 2, 3, 4], output.Candidates.Select(c => c.Rank!.Value));
        Assert.Equal([3, 2, 1, 1], output.Candidates.Select(c => c.UnitTestsPassed!.Value));
        var results = output.Candidates[1].UnitTestResults!;
        Assert.Equal(Tests, results.Select(r => r.Test));
        Assert.Equal([true, true, false], results.Select(r => r.Passed));
        Assert.Equal("r3", results[2].Reasoning);
        Assert.Empty(output.Warnings);
        Assert.Equal(4, models.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_FourCandidates_CallsAreInFlightTogether()
    {
        var barrier = new InFlightBarrier(4, TimeSpan.FromSeconds(10));
        var models = new FakeModelInvoker(async (r, ct) =>
        {
            await barrier.ArriveAsync(ct);
            return new ModelCallResult(Reply(1), false);
        });
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(4), Tests), CancellationToken.None);

        Assert.Equal(4, output.Candidates.Count);
    }

    [Fact]
    public async Task RunAsync_PromptFramesCandidateAndEveryTest()
    {
        var models = new FakeModelInvoker(_ => Reply(0));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(1), Tests), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains(PromptFormat.Candidate(1, "answer number 0"), prompt, StringComparison.Ordinal);
        for (var i = 0; i < Tests.Length; i++)
        {
            Assert.Contains(PromptFormat.Test(i + 1, Tests[i]), prompt, StringComparison.Ordinal);
        }

        Assert.Contains("{\"results\":[{\"test\":1,", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingAndWrongTestIds_MarksMissingOnesUnknownAndWarns()
    {
        var models = new FakeModelInvoker(_ => """
            Results below.
            {"results":[{"test":"2","passed":true,"reasoning":"ok"},{"test":9,"passed":true},{"test":2,"passed":false}]}
            """);
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(1), Tests), CancellationToken.None);

        var results = Assert.Single(output.Candidates).UnitTestResults!;
        Assert.Equal([false, true, false], results.Select(r => r.Passed));
        Assert.StartsWith("unknown", results[0].Reasoning, StringComparison.Ordinal);
        Assert.Contains(output.Warnings, w => w.Contains("1 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_OneCandidateUnparseable_RetriesThenMarksItsResultsUnknown()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 0" ? "All tests pass!" : Reply(1));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2), Tests), CancellationToken.None);

        Assert.Equal(["L0.c0.s1", "L0.c0.s0"], output.Candidates.Select(c => c.Id));
        var unknown = output.Candidates[1].UnitTestResults!;
        Assert.All(unknown, r => Assert.False(r.Passed));
        Assert.All(unknown, r => Assert.StartsWith("unknown", r.Reasoning, StringComparison.Ordinal));
        Assert.Equal(3, models.Requests.Count(r => TestData.CandidateText(r) == "answer number 0"));
        Assert.Contains(output.Warnings, w => w.Contains("L0.c0.s0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_RemoveUnitTestsFromPrompt_ShowsQueryWithoutTests()
    {
        var models = new FakeModelInvoker(_ => Reply(0));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator, settingsJson: """{"remove_unit_tests_from_prompt":true}"""));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(1), Tests), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains(PromptFormat.Query(TestData.Query), prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("should pass the following unit tests", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RemoveUnitTestsFromPrompt_StripsTestsAlreadyAppendedToTheUserQuery()
    {
        var models = new FakeModelInvoker(_ => Reply(0));
        var conversation = new List<Microsoft.Extensions.AI.ChatMessage>
        {
            new(Microsoft.Extensions.AI.ChatRole.User, TestData.Query + " Your response should pass the following unit tests: \n- old test"),
        };
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator, settingsJson: """{"remove_unit_tests_from_prompt":true}"""));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(1), Tests, conversation), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains(PromptFormat.Query(TestData.Query), prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("old test", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_KeepUnitTestsInPrompt_QueryCarriesTheTests()
    {
        var models = new FakeModelInvoker(_ => Reply(0));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(1), Tests), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains("should pass the following unit tests:\n- states 42\n- shows work\n- is short\n</query>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoUnitTests_PassesCandidatesThroughWithoutCallsAndWarns()
    {
        var models = new FakeModelInvoker(_ => Reply(0));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));
        var candidates = TestData.Candidates(2);

        var output = await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.Equal(candidates, output.Candidates);
        Assert.Empty(models.Requests);
        Assert.Single(output.Warnings);
    }

    [Fact]
    public async Task RunAsync_TopK_KeepsTheBest()
    {
        var models = new FakeModelInvoker(r => Reply(PassedFor(r)));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator, topK: 2));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(4), Tests), CancellationToken.None);

        Assert.Equal(["L0.c0.s1", "L0.c0.s3"], output.Candidates.Select(c => c.Id));
    }

    [Theory]
    [InlineData("""{"first_k":1}""", new[] { "L0.c0.s1" })]
    [InlineData("""{"first_pass":true}""", new[] { "L0.c0.s1" })]
    [InlineData("""{"first_k":2}""", new[] { "L0.c0.s1", "L0.c0.s3" })]
    public async Task RunAsync_FirstKCandidatesPassEverything_ReturnsTheFirstOfThem(string settings, string[] expected)
    {
        // s1 and s3 pass all three tests; s0 passes 1, s2 passes 2.
        var models = new FakeModelInvoker(r => Reply(TestData.CandidateText(r) switch
        {
            "answer number 1" or "answer number 3" => 3,
            "answer number 2" => 2,
            _ => 1,
        }));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator, settingsJson: settings));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(4), Tests), CancellationToken.None);

        Assert.Equal(expected, output.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task RunAsync_FirstKNotReached_FallsBackToTheFullRanking()
    {
        var models = new FakeModelInvoker(r => Reply(PassedFor(r)));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator, settingsJson: """{"first_k":2}"""));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(4), Tests), CancellationToken.None);

        Assert.Equal(["L0.c0.s1", "L0.c0.s3", "L0.c0.s0", "L0.c0.s2"], output.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task RunAsync_BudgetExceeded_Propagates()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 2" ? throw new BudgetExceededException() : Reply(1));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        await Assert.ThrowsAsync<BudgetExceededException>(
            () => component.RunAsync(TestData.Input(models, TestData.Candidates(3), Tests), CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_CallFailsForOne_MarksItsResultsUnknownWithWarning()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 0" ? throw new HttpRequestException("x") : Reply(2));
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestEvaluator));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2), Tests), CancellationToken.None);

        Assert.Equal(["L0.c0.s1", "L0.c0.s0"], output.Candidates.Select(c => c.Id));
        Assert.Equal(0, output.Candidates[1].UnitTestsPassed);
        Assert.Single(output.Warnings);
    }
}
