namespace Archon.Benchmarks.Datasets;

/// <summary>A malformed line or entry in a dataset file.</summary>
/// <param name="Line">1-based line number (JSONL), or the 1-based position of the entry (JSON files).</param>
/// <param name="Message">What is wrong, naming the field.</param>
public sealed record DatasetIssue(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
