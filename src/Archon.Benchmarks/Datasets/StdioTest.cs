using System.Text.Json.Serialization;

namespace Archon.Benchmarks.Datasets;

/// <summary>A stdin/stdout test of a programming problem (CodeContests).</summary>
/// <param name="Input">What the program reads from standard input.</param>
/// <param name="Output">What it must write to standard output (compared token by token).</param>
/// <param name="Set">Where the test comes from: <c>public</c>, <c>private</c> or <c>generated</c>.</param>
public sealed record StdioTest(
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("output")] string Output,
    [property: JsonPropertyName("set")] string Set);
