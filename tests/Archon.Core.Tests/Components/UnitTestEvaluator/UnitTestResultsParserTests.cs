using Archon.Core.Components.UnitTestEvaluator;

namespace Archon.Core.Tests.Components.UnitTestEvaluator;

public class UnitTestResultsParserTests
{
    [Fact]
    public void Parse_EntriesWithoutIds_AreTakenByPosition()
    {
        var results = UnitTestResultsParser.Parse("""{"results":[{"passed":true},{"passed":"failed"}]}""", 2)!;

        Assert.True(results[0].Passed);
        Assert.False(results[1].Passed);
    }

    [Fact]
    public void Parse_DuplicateIds_KeepsTheFirst()
    {
        var results = UnitTestResultsParser.Parse("""{"results":[{"test":1,"passed":false},{"test":1,"passed":true}]}""", 1)!;

        Assert.False(Assert.Single(results).Value.Passed);
    }

    [Fact]
    public void Parse_UnreadableVerdicts_ReturnsNull()
    {
        Assert.Null(UnitTestResultsParser.Parse("""{"results":[{"test":1,"passed":"maybe"}]}""", 1));
    }

    [Fact]
    public void Parse_TestIdUnderOtherKey_IsRead()
    {
        var results = UnitTestResultsParser.Parse("""{"results":[{"test_id":2,"passed":true}]}""", 2)!;

        Assert.True(Assert.Single(results).Key == 1);
    }

    [Fact]
    public void Parse_TestGivenAsItsText_IsTakenByPosition()
    {
        var results = UnitTestResultsParser.Parse("""{"results":[{"test":"mentions 42","passed":false},{"test":"Test #1","passed":true}]}""", 2)!;

        Assert.False(results[0].Passed);
        Assert.Single(results);
    }
}
