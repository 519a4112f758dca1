using Archon.Core.Architectures;
using Archon.Core.Components.UnitTestGenerator;
using Archon.Core.Components;
using Archon.Core.Execution;
using Archon.Core.Models;

namespace Archon.Core.Tests.Components.UnitTestGenerator;

public class UnitTestGeneratorComponentTests
{
    [Fact]
    public async Task RunAsync_WellFormedTests_ReturnsThemAndCandidatesUnchanged()
    {
        var models = new FakeModelInvoker(_ => """{"tests":["states 42","shows the multiplication"]}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestGenerator));
        var candidates = TestData.Candidates(2);

        var output = await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.Equal(["states 42", "shows the multiplication"], output.UnitTests!);
        Assert.Equal(candidates, output.Candidates);
        Assert.Empty(output.Warnings);
        Assert.NotNull(Assert.Single(models.Requests).ResponseFormat);
    }

    [Fact]
    public async Task RunAsync_Default_AsksForFiveTests()
    {
        var models = new FakeModelInvoker(_ => """{"tests":["a"]}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestGenerator));

        await component.RunAsync(TestData.Input(models), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains("Write 5 unit tests", prompt, StringComparison.Ordinal);
        Assert.Contains(PromptFormat.Query(TestData.Query), prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MoreTestsThanCap_KeepsTheFirstCap()
    {
        var models = new FakeModelInvoker(_ => """{"tests":["a","b","c","d"]}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestGenerator, settingsJson: """{"unit_test_cap":2}"""));

        var output = await component.RunAsync(TestData.Input(models), CancellationToken.None);

        Assert.Equal(["a", "b"], output.UnitTests!);
        Assert.Contains("exactly 2 tests", TestData.Prompt(models.Requests[0]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Here you go:\n```\n[\"a\", \"b\",]\n```")]
    [InlineData("{'tests': ['a', 'b']}")]
    [InlineData("{\"tests\":[{\"test\":\"a\"},{\"test\":\"b\"},\"\",\"a\"]}")]
    public async Task RunAsync_MessyButReadableTests_AreParsed(string reply)
    {
        var models = new FakeModelInvoker(_ => reply);
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestGenerator));

        var output = await component.RunAsync(TestData.Input(models), CancellationToken.None);

        Assert.Equal(["a", "b"], output.UnitTests!);
    }

    [Fact]
    public async Task RunAsync_Unparseable_RetriesThenYieldsNoTestsWithWarning()
    {
        var models = new FakeModelInvoker(_ => """{"tests": ["a", "b" """);
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestGenerator));
        var candidates = TestData.Candidates(1);

        var output = await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.Equal(3, models.Requests.Count);
        Assert.Empty(output.UnitTests!);
        Assert.Equal(candidates, output.Candidates);
        Assert.Contains(output.Warnings, w => w.Contains("no unit tests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_BudgetExceeded_Propagates()
    {
        var models = new FakeModelInvoker(_ => throw new BudgetExceededException());
        var component = TestData.Create(TestData.Config(ComponentTypes.UnitTestGenerator));

        await Assert.ThrowsAsync<BudgetExceededException>(() => component.RunAsync(TestData.Input(models), CancellationToken.None));
    }
}
