namespace Archon.Workflows.Benchmarks;

/// <summary>The input of <see cref="SummarizeRun"/>: the run and how many result chunks it stored.</summary>
internal sealed record SummarizeRunRequest(string RunId, int Chunks);
