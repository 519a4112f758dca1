using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Ranker;
using Archon.Core.Components;
using Archon.Core.Execution;
using Archon.Core.Models;

namespace Archon.Core.Tests.Components.Ranker;

public class RankerComponentTests
{
    private static async Task<(ComponentOutput Output, FakeModelInvoker Models)> RankAsync(
        Func<ModelCallRequest, string> reply,
        int candidates = 3,
        int? topK = null,
        string? settingsJson = null)
    {
        var models = new FakeModelInvoker(reply);
        var component = TestData.Create(TestData.Config(ComponentTypes.Ranker, topK: topK, settingsJson: settingsJson));
        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(candidates)), CancellationToken.None);
        return (output, models);
    }

    private static IEnumerable<string> Texts(ComponentOutput output) => output.Candidates.Select(c => c.Text);

    [Fact]
    public async Task RunAsync_WellFormedRanking_ReturnsCandidatesInRankedOrderWithRanks()
    {
        var (output, models) = await RankAsync(_ => """{"ranking":[3,1,2]}""");

        Assert.Equal(["answer number 2", "answer number 0", "answer number 1"], Texts(output));
        Assert.Equal([1, 2, 3], output.Candidates.Select(c => c.Rank!.Value));
        Assert.Equal(["L0.c0.s2", "L0.c0.s0", "L0.c0.s1"], output.Candidates.Select(c => c.Id));
        Assert.Empty(output.Warnings);
        var request = Assert.Single(models.Requests);
        Assert.NotNull(request.ResponseFormat);
        Assert.Equal(0, request.Attempt);
    }

    [Theory]
    [InlineData("```json\n{\"ranking\": [3, 1, 2]}\n```")]
    [InlineData("Here is my ranking:\n{\"ranking\":[3,1,2]}\nCandidate 3 is best because it is right.")]
    [InlineData("{\"ranking\": [3, 1, 2,],}")]
    [InlineData("{'ranking': ['3', '1', '2']}")]
    [InlineData("{\"ranking\":[\"3\",\"1\",\"2\"]}")]
    [InlineData("{\"Ranking\":[\"candidate 3\",\"candidate 1\",\"candidate 2\"]}")]
    [InlineData("[3,1,2]")]
    public async Task RunAsync_MessyButReadableRanking_IsParsed(string reply)
    {
        var (output, models) = await RankAsync(_ => reply);

        Assert.Equal(["answer number 2", "answer number 0", "answer number 1"], Texts(output));
        Assert.Single(models.Requests);
    }

    [Fact]
    public async Task RunAsync_OutOfRangeAndDuplicateIds_AreIgnoredAndMissingOnesFollowInIncomingOrder()
    {
        var (output, _) = await RankAsync(_ => """{"ranking":[9,2,2,0,-1]}""");

        Assert.Equal(["answer number 1", "answer number 0", "answer number 2"], Texts(output));
        Assert.Equal([1, 2, 3], output.Candidates.Select(c => c.Rank!.Value));
        Assert.Contains(output.Warnings, w => w.Contains("1 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NoTopK_KeepsFive()
    {
        var (output, _) = await RankAsync(_ => """{"ranking":[7,6,5,4,3,2,1]}""", candidates: 7);

        Assert.Equal(["answer number 6", "answer number 5", "answer number 4", "answer number 3", "answer number 2"], Texts(output));
    }

    [Fact]
    public async Task RunAsync_TopKTwo_KeepsTheTwoBest()
    {
        var (output, _) = await RankAsync(_ => """{"ranking":[2,3,1]}""", topK: 2);

        Assert.Equal(["answer number 1", "answer number 2"], Texts(output));
    }

    [Fact]
    public async Task RunAsync_TruncatedEveryTime_RetriesTwiceThenKeepsIncomingOrderWithWarning()
    {
        var (output, models) = await RankAsync(_ => """{"ranking": [3, 1""", topK: 2);

        Assert.Equal([0, 1, 2], models.Requests.Select(r => r.Attempt));
        Assert.Equal(["answer number 0", "answer number 1"], Texts(output));
        Assert.Contains(output.Warnings, w => w.Contains("unparseable", StringComparison.Ordinal) && w.Contains("incoming order", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_GarbageThenValid_UsesTheRetryAnswerAndRemindsTheModel()
    {
        var (output, models) = await RankAsync(r => r.Attempt == 0 ? "I think the second one is best." : """{"ranking":[2,3,1]}""");

        Assert.Equal(["answer number 1", "answer number 2", "answer number 0"], Texts(output));
        Assert.Empty(output.Warnings);
        Assert.Equal(2, models.Requests.Count);
        Assert.Contains("could not be read", TestData.Prompt(models.Requests[1]), StringComparison.Ordinal);
        Assert.DoesNotContain("could not be read", TestData.Prompt(models.Requests[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CandidatesCarryCritiques_IncludesThemByDefault()
    {
        var models = new FakeModelInvoker(_ => """{"ranking":[1,2]}""");
        var critique = new Critique("good", "too long", "c");
        var candidates = new List<Candidate> { TestData.Candidate(0), TestData.Candidate(1, critique: critique) };
        var component = TestData.Create(TestData.Config(ComponentTypes.Ranker));

        await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.Contains(PromptFormat.CritiqueOf(2, critique), TestData.Prompt(Assert.Single(models.Requests)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UseCritiquesFalse_LeavesCritiquesOut()
    {
        var models = new FakeModelInvoker(_ => """{"ranking":[1,2]}""");
        var candidates = new List<Candidate> { TestData.Candidate(0), TestData.Candidate(1, critique: new Critique("good", "too long", "c")) };
        var component = TestData.Create(TestData.Config(ComponentTypes.Ranker, settingsJson: """{"use_critiques":false}"""));

        await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.DoesNotContain("<critique", TestData.Prompt(Assert.Single(models.Requests)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BudgetExceeded_Propagates()
    {
        var models = new FakeModelInvoker(_ => throw new BudgetExceededException("cost") { Limit = BudgetLimit.Cost });
        var component = TestData.Create(TestData.Config(ComponentTypes.Ranker));

        var ex = await Assert.ThrowsAsync<BudgetExceededException>(
            () => component.RunAsync(TestData.Input(models, TestData.Candidates(3)), CancellationToken.None));
        Assert.Equal(BudgetLimit.Cost, ex.Limit);
    }

    [Fact]
    public async Task RunAsync_BudgetExceededOnRetry_Propagates()
    {
        var models = new FakeModelInvoker(r => r.Attempt == 1 ? throw new BudgetExceededException("calls") : "no json");
        var component = TestData.Create(TestData.Config(ComponentTypes.Ranker));

        await Assert.ThrowsAsync<BudgetExceededException>(
            () => component.RunAsync(TestData.Input(models, TestData.Candidates(3)), CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_CallFails_KeepsIncomingOrderWithWarning()
    {
        var (output, models) = await RankAsync(_ => throw new HttpRequestException("503"));

        Assert.Equal(["answer number 0", "answer number 1", "answer number 2"], Texts(output));
        Assert.Single(models.Requests);
        Assert.Contains(output.Warnings, w => w.Contains("503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_SingleCandidate_RanksItWithoutACall()
    {
        var (output, models) = await RankAsync(_ => "unused", candidates: 1);

        Assert.Equal(1, Assert.Single(output.Candidates).Rank);
        Assert.Empty(models.Requests);
    }

    [Fact]
    public async Task RunAsync_PromptStatesExactReplyShape()
    {
        var (_, models) = await RankAsync(_ => """{"ranking":[1,2,3]}""");

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains("{\"ranking\":[", prompt, StringComparison.Ordinal);
        Assert.Contains(PromptFormat.Query(TestData.Query), prompt, StringComparison.Ordinal);
        Assert.Contains("<candidate id=\"3\">", prompt, StringComparison.Ordinal);
    }
}
