namespace Archon.Benchmarks.Running;

/// <summary>Progress of a run, reported after every finished item.</summary>
/// <param name="Done">Items finished (this run and, when resuming, before).</param>
/// <param name="Total">Items in the run.</param>
/// <param name="Errors">Items that errored so far.</param>
/// <param name="CostUsd">Dollars spent so far (including resumed items).</param>
/// <param name="Elapsed">Wall time of this run so far.</param>
/// <param name="Eta">Estimated time left, from this run's rate; null before the first item of this run.</param>
public sealed record BenchmarkProgress(int Done, int Total, int Errors, decimal CostUsd, TimeSpan Elapsed, TimeSpan? Eta);
