namespace Archon.Workflows.Benchmarks;

/// <summary>How far a run got: carried through each <c>ContinueAsNew</c> so that history stays one chunk long.</summary>
/// <param name="NextIndex">The first item the next chunk runs.</param>
/// <param name="Done">Items finished so far.</param>
internal sealed record BenchmarkRunPosition(int NextIndex, int Done);
