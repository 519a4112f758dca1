using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Scoring;

public class CSharpProgramTests
{
    private static readonly BenchmarkItem Twice = DatasetLoaders.Load(DatasetKinds.HumanEvalCs, TestPaths.Fixture("humaneval-cs.jsonl")).Items[0];

    [Fact]
    public void Build_BodyOnlyCompletion_PromptPlusBodyCutAtTheStopToken()
    {
        var source = CSharpProgram.Build(Twice, "        return 2 * x;\n    }\n    // trailing chatter\n");

        Assert.Contains("public static long Twice(long x) {\n        return 2 * x;\n    }\n}", source, StringComparison.Ordinal);
        Assert.DoesNotContain("trailing chatter", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FullMethodInFence_PlacedInsideThePromptsClass()
    {
        var source = CSharpProgram.Build(Twice, "Sure:\n```csharp\nusing System.IO;\npublic static long Twice(long x) {\n    return Helper(x);\n}\nprivate static long Helper(long x) => x + x;\n```");

        Assert.StartsWith("using System;\n", source, StringComparison.Ordinal);
        Assert.Contains("using System.IO;\n", source, StringComparison.Ordinal);
        Assert.Contains("class Problem {\n    // Return twice the given number.", source, StringComparison.Ordinal);
        Assert.Contains("private static long Helper(long x) => x + x;", source, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(source, "public static long Twice("));
    }

    [Fact]
    public void Build_WholeClassInFence_UsedAsIs()
    {
        var source = CSharpProgram.Build(Twice, "```cs\nclass Problem {\n    public static long Twice(long x) { return x << 1; }\n}\n```");

        Assert.Contains("public static long Twice(long x) { return x << 1; }", source, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(source, "class Problem"));
    }

    [Fact]
    public void Build_Tests_MovedToTheirOwnClassWithQualifiedAsserts()
    {
        var source = CSharpProgram.Build(Twice, "return 2 * x;");

        Assert.Contains("using static Problem;", source, StringComparison.Ordinal);
        Assert.Contains($"internal static class {CSharpProgram.TestsType}\n{{\n    public static void Main(string[] args) {{", source, StringComparison.Ordinal);
        Assert.Contains("global::System.Diagnostics.Debug.Assert(Twice((2L)) == (4L));", source, StringComparison.Ordinal);
        Assert.DoesNotContain(" Debug.Assert(", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    }\n    public static void Main(string[] args) {\n    Debug.Assert(F() == 1);\n    }\n\n}\n", "    public static void Main(string[] args) {\n    global::System.Diagnostics.Debug.Assert(F() == 1);\n    }\n\n")]
    [InlineData("public static void Main(string[] a) { }", "public static void Main(string[] a) { }")]
    public void TestsMain_StripsTheBracesAroundMain(string tests, string expected)
    {
        Assert.Equal(expected, CSharpProgram.TestsMain(tests));
    }

    private static int CountOf(string text, string what) =>
        (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;
}
