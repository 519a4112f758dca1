using Archon.Core.Architectures;
using Archon.Core.Components.Verifier;
using Archon.Core.Execution;
using Archon.Core.Models;

namespace Archon.Core.Tests.Components.Verifier;

public class VerifierComponentTests
{
    [Fact]
    public async Task RunAsync_SomePass_DropsFailingCandidatesAndSetsVerdicts()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 1"
            ? """{"reasoning":"off by one","passed":false}"""
            : """{"reasoning":"checks out","passed":true}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier, model: "v"));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(3)), CancellationToken.None);

        Assert.Equal(["L0.c0.s0", "L0.c0.s2"], output.Candidates.Select(c => c.Id));
        Assert.All(output.Candidates, c => Assert.Equal(new Core.Candidates.Verdict(true, "checks out", "v"), c.Verdict));
        Assert.Equal(3, models.Requests.Count);
        Assert.All(models.Requests, r => Assert.NotNull(r.ResponseFormat));
        Assert.Empty(output.Warnings);
    }

    [Fact]
    public async Task RunAsync_ThreeCandidates_CallsAreInFlightTogether()
    {
        var barrier = new InFlightBarrier(3, TimeSpan.FromSeconds(10));
        var models = new FakeModelInvoker(async (_, ct) =>
        {
            await barrier.ArriveAsync(ct);
            return new ModelCallResult("""{"reasoning":"ok","passed":true}""", false);
        });
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(3)), CancellationToken.None);

        Assert.Equal(3, output.Candidates.Count);
    }

    [Fact]
    public async Task RunAsync_NonePass_KeepsAllWithTheirFailingVerdictsAndWarns()
    {
        var models = new FakeModelInvoker(_ => """{"reasoning":"wrong","passed":false}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        Assert.Equal(2, output.Candidates.Count);
        Assert.All(output.Candidates, c => Assert.False(c.Verdict!.Passed));
        Assert.Contains(output.Warnings, w => w.Contains("no candidate passed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Verdict: ```json\n{\"reasoning\": \"fine\", \"passed\": \"yes\"}\n``` done")]
    [InlineData("{'reasoning': 'fine', 'passed': True}")]
    [InlineData("My check: the sum is right.\n{\"reasoning\":\"fine\",\"passed\":true,}")]
    public async Task RunAsync_MessyButReadableVerdict_IsParsed(string reply)
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 0" ? reply : """{"reasoning":"no","passed":false}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        var kept = Assert.Single(output.Candidates);
        Assert.Equal("L0.c0.s0", kept.Id);
        Assert.Equal("fine", kept.Verdict!.Reasoning);
    }

    [Fact]
    public async Task RunAsync_OneUnparseable_RetriesThenKeepsItAsPassedWithReasoningUnparseable()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 0"
            ? """{"reasoning":"cut off", "pass"""
            : """{"reasoning":"wrong","passed":false}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        var kept = Assert.Single(output.Candidates);
        Assert.Equal("L0.c0.s0", kept.Id);
        Assert.Equal(new Core.Candidates.Verdict(true, "unparseable", "m"), kept.Verdict);
        Assert.Equal([0, 1, 2], models.Requests.Where(r => TestData.CandidateText(r) == "answer number 0").Select(r => r.Attempt));
        Assert.Contains(output.Warnings, w => w.Contains("L0.c0.s0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_CallFailsForOne_KeepsItWithWarning()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 1"
            ? throw new HttpRequestException("reset")
            : """{"reasoning":"ok","passed":true}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        Assert.Equal(2, output.Candidates.Count);
        Assert.Equal("model call failed", output.Candidates[1].Verdict!.Reasoning);
        Assert.Single(output.Warnings);
    }

    [Fact]
    public async Task RunAsync_BudgetExceededForOneCandidate_Propagates()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 1"
            ? throw new BudgetExceededException("calls")
            : """{"reasoning":"ok","passed":true}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier));

        await Assert.ThrowsAsync<BudgetExceededException>(
            () => component.RunAsync(TestData.Input(models, TestData.Candidates(3)), CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_FirstK_KeepsTheFirstPassingCandidatesInIncomingOrder()
    {
        var models = new FakeModelInvoker(r => TestData.CandidateText(r) == "answer number 0"
            ? """{"reasoning":"no","passed":false}"""
            : """{"reasoning":"ok","passed":true}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier, settingsJson: """{"first_k":2}"""));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(4)), CancellationToken.None);

        Assert.Equal(["L0.c0.s1", "L0.c0.s2"], output.Candidates.Select(c => c.Id));
        Assert.Equal(4, models.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_NoCandidates_MakesNoCall()
    {
        var models = new FakeModelInvoker(_ => "unused");
        var component = TestData.Create(TestData.Config(ComponentTypes.Verifier));

        var output = await component.RunAsync(TestData.Input(models), CancellationToken.None);

        Assert.Empty(output.Candidates);
        Assert.Empty(models.Requests);
    }
}
