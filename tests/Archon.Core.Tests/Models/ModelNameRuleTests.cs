using Archon.Core.Models;

namespace Archon.Core.Tests.Models;

public sealed class ModelNameRuleTests
{
    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("Qwen/Qwen2-72B-Instruct")]
    [InlineData("")]
    public void Problem_OrdinaryName_None(string name)
    {
        Assert.Null(ModelNameRule.Problem(name));
    }

    [Fact]
    public void Problem_NameOfExactlyTheLimit_None()
    {
        Assert.Null(ModelNameRule.Problem(new string('m', ModelNameRule.MaxLength)));
    }

    [Fact]
    public void Problem_NameOverTheLimit_SaysTheLimitAndTheLength()
    {
        var problem = ModelNameRule.Problem(new string('m', 20_000));

        Assert.Equal("must be at most 256 characters with no control characters, but it is 20,000 characters long", problem);
    }

    [Theory]
    [InlineData("sim\nlarge", "U+000A at index 3")]
    [InlineData("\u0000", "U+0000 at index 0")]
    [InlineData("gpt-4o\u007f", "U+007F at index 6")]
    public void Problem_ControlCharacter_NamesItAndWhereItIs(string name, string where)
    {
        var problem = ModelNameRule.Problem(name);

        Assert.NotNull(problem);
        Assert.StartsWith("must be at most 256 characters with no control characters", problem, StringComparison.Ordinal);
        Assert.Contains(where, problem, StringComparison.Ordinal);
    }
}
