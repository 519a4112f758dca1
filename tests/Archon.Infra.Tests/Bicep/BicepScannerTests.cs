namespace Archon.Infra.Tests.Bicep;

public class BicepScannerTests
{
    [Fact]
    public void FindUnbalanced_BracesInsideStringsAndComments_AreIgnored()
    {
        var source = "var a = '{ not a brace'\n// } neither\n/* { nor ] */\nvar b = { c: [1, 2] }\n";

        Assert.Null(BicepScanner.FindUnbalanced(BicepScanner.Sanitize(source)));
    }

    [Fact]
    public void FindUnbalanced_InterpolationWithNestedString_IsTreatedAsCode()
    {
        var source = "var a = 'x-${flag ? '}' : toLower(name)}-y'\nvar b = {\n}\n";

        Assert.Null(BicepScanner.FindUnbalanced(BicepScanner.Sanitize(source)));
    }

    [Fact]
    public void FindUnbalanced_MissingClosingBrace_NamesTheLine()
    {
        var source = "resource r 'A/b@2024-01-01' = {\n  name: 'x'\n  properties: {\n}\n";

        var problem = BicepScanner.FindUnbalanced(BicepScanner.Sanitize(source));

        Assert.Equal("line 1: '{' is never closed", problem);
    }

    [Fact]
    public void FindUnbalanced_MismatchedBracket_IsReported()
    {
        var problem = BicepScanner.FindUnbalanced(BicepScanner.Sanitize("var a = [1, 2}\n"));

        Assert.Equal("line 1: '}' closes '[' opened on line 1", problem);
    }

    [Fact]
    public void Sanitize_KeepsOffsetsAndNewlines()
    {
        var source = "var a = 'abc' // note\nvar b = 1\n";

        var sanitized = BicepScanner.Sanitize(source);

        Assert.Equal(source.Length, sanitized.Length);
        Assert.Equal(source.IndexOf("var b", StringComparison.Ordinal), sanitized.IndexOf("var b", StringComparison.Ordinal));
    }
}
