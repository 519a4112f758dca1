using Archon.Core.Components.Shared;

namespace Archon.Core.Tests.Components.Shared;

public class QueryTextTests
{
    [Fact]
    public void WithUnitTests_Tests_AppendsMarkerAndOneTestPerLine()
    {
        Assert.Equal(
            "Q?\n\nYour response should pass the following unit tests:\n- a\n- b",
            QueryText.WithUnitTests("Q? ", ["a", "b"]));
    }

    [Fact]
    public void WithUnitTests_NoTests_ReturnsQueryUnchanged()
    {
        Assert.Equal("Q? ", QueryText.WithUnitTests("Q? ", []));
    }

    [Fact]
    public void WithoutUnitTests_AppendedBlock_IsRemoved()
    {
        Assert.Equal("Q?", QueryText.WithoutUnitTests(QueryText.WithUnitTests("Q?", ["a"])));
    }
}
