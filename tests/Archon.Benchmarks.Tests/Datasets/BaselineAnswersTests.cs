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
}
