using Archon.Core.Architectures;

namespace Archon.Core.Tests.Architectures;

public sealed class NameSuggestionsTests
{
    [Theory]
    [InlineData("length_contorl", "length_control", 1)]
    [InlineData("samples", "samples", 0)]
    [InlineData("sample", "samples", 1)]
    [InlineData("topk", "top_k", 1)]
    [InlineData("abc", "xyz", 3)]
    public void Distance_CountsEditsWithSwapsAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggestions.Distance(a, b));
    }

    [Fact]
    public void Closest_FarFromEverything_ReturnsNull()
    {
        Assert.Null(NameSuggestions.Closest("frobnicate", ["samples", "top_k", "model"]));
    }

    [Fact]
    public void Closest_IgnoresCase()
    {
        Assert.Equal("samples", NameSuggestions.Closest("Samples", ["samples", "model"]));
    }
}
