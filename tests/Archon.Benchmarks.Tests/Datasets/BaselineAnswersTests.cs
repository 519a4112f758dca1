using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Datasets;

public class BaselineAnswersTests
{
    [Fact]
    public void Load_BenchOutputDirectory_ReadsResultsAnswers()
    {
        var dir = TestPaths.TempDir();
        File.WriteAllLines(Path.Combine(dir, "results.jsonl"), ["""{"itemId":"q-abc","answer":"base answer","score":null}"""]);

        var map = BaselineAnswers.Load(dir);

        Assert.Equal("base answer", map["q-abc"]);
    }

    [Fact]
    public void Load_ArenaHardModelAnswers_ReadsLastTurnContent()
    {
        var path = Path.Combine(TestPaths.TempDir(), "gpt-4-0314.jsonl");
        File.WriteAllLines(path, ["""{"question_id":"q-def","model_id":"gpt-4-0314","choices":[{"index":0,"turns":[{"content":"A cat limerick.","token_len":5}]}]}"""]);

        Assert.Equal("A cat limerick.", BaselineAnswers.Load(path)["q-def"]);
    }

    [Fact]
    public void Load_AlpacaEvalOutputs_KeyedByIdAndInstruction()
    {
        var path = Path.Combine(TestPaths.TempDir(), "outputs.json");
        File.WriteAllText(path, """[{"instruction":"Say hello in French.","output":"Salut !","generator":"x"}]""");
        var item = DatasetLoaders.Load(DatasetKinds.AlpacaEval, TestPaths.Fixture("alpaca-eval.json")).Items[1];

        var map = BaselineAnswers.Load(path);

        Assert.Equal("Salut !", map[item.Id]);
        Assert.Equal("Salut !", map["Say hello in French."]);
    }

    [Fact]
    public void Load_BadJsonLine_ThrowsWithLine()
    {
        var path = Path.Combine(TestPaths.TempDir(), "bad.jsonl");
        File.WriteAllLines(path, ["""{"itemId":"a","answer":"x"}""", "{oops"]);

        Assert.Equal(2, Assert.Throws<DatasetFormatException>(() => BaselineAnswers.Load(path)).Line);
    }

    [Fact]
    public void Load_MultiTurnAnswers_KeptPerTurnBesideTheLastTurn()
    {
        var dir = TestPaths.TempDir();
        File.WriteAllLines(Path.Combine(dir, "results.jsonl"), ["""{"itemId":"81","answer":"second","turnAnswers":["first","second"]}"""]);
        var fastChat = Path.Combine(TestPaths.TempDir(), "gpt-3.5-turbo.jsonl");
        File.WriteAllLines(fastChat, ["""{"question_id":111,"answer_id":"x","model_id":"gpt-3.5-turbo","choices":[{"index":0,"turns":["144","169"]}]}"""]);

        var run = BaselineAnswers.Load(dir);
        var model = BaselineAnswers.Load(fastChat);

        Assert.Equal("second", run["81"]);
        Assert.Equal("first", run[BaselineAnswers.TurnKey("81", 1)]);
        Assert.Equal("second", run["81#2"]);
        Assert.Equal("169", model["111"]);
        Assert.Equal("144", model["111#1"]);
    }
}
