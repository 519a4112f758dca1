using System.Text.Json;
using Archon.Core.Components.Shared;

namespace Archon.Core.Tests.Components.Shared;

public class LenientJsonTests
{
    private static string? ReadA(string text) =>
        LenientJson.Read(text, root => JsonValues.Property(root, "a") is { ValueKind: JsonValueKind.String } a ? a.GetString() : null);

    [Theory]
    [InlineData("{\"a\":\"x\"}")]
    [InlineData("```json\n{\"a\":\"x\"}\n```")]
    [InlineData("```\n{\"a\":\"x\"}```")]
    [InlineData("Sure. {\"a\":\"x\"} Hope that helps {smile}.")]
    [InlineData("{\"a\":\"x\",}")]
    [InlineData("{'a':'x'}")]
    [InlineData("{\"a\":\"x\" /* note */}")]
    [InlineData("{\"b\":{\"c\":1}} and then {\"a\":\"x\"}")]
    public void Read_ReadableVariants_FindTheValue(string text)
    {
        Assert.Equal("x", ReadA(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no json here")]
    [InlineData("{\"a\":\"x\"")]
    [InlineData("{\"a\": ")]
    [InlineData("{\"b\":\"x\"}")]
    public void Read_UnreadableOrWrongShape_ReturnsNull(string text)
    {
        Assert.Null(ReadA(text));
    }

    [Fact]
    public void Read_BracesAndQuotesInsideStrings_DoNotConfuseTheSpanFinder()
    {
        var value = LenientJson.Read("note: {\"a\":\"use } and ' freely\", \"n\": 1} end", root => JsonValues.Text(JsonValues.Property(root, "a")));

        Assert.Equal("use } and ' freely", value);
    }

    [Theory]
    [InlineData("{'a': 'it\\'s'}", "{\"a\": \"it's\"}")]
    [InlineData("{'a': 'say \"hi\"'}", "{\"a\": \"say \\\"hi\\\"\"}")]
    [InlineData("{\"a\": True, \"b\": None, \"c\": \"True\"}", "{\"a\": true, \"b\": null, \"c\": \"True\"}")]
    public void Normalize_PythonStyle_BecomesJson(string input, string expected)
    {
        Assert.Equal(expected, LenientJson.Normalize(input));
    }
}
