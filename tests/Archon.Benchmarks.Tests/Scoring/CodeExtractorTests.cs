using Archon.Benchmarks.Scoring;

namespace Archon.Benchmarks.Tests.Scoring;

public class CodeExtractorTests
{
    [Fact]
    public void Extract_SeveralFences_PrefersPythonBlockDefiningEntryPoint()
    {
        var reply = "Example:\n```\nprint(1)\n```\nSolution:\n```python\ndef helper():\n    pass\n```\n```python\ndef add(a, b):\n    return a + b\n```\n";

        Assert.Equal("def add(a, b):\n    return a + b\n", CodeExtractor.Extract(reply, "add"));
    }

    [Fact]
    public void Extract_NoFence_ReturnsWholeReply()
    {
        Assert.Equal("def f():\n    return 1", CodeExtractor.Extract("def f():\n    return 1", "f"));
    }

    [Fact]
    public void Extract_UnclosedFence_TakesRest()
    {
        Assert.Equal("x = 1\n", CodeExtractor.Extract("```py\nx = 1\n", null));
    }
}
