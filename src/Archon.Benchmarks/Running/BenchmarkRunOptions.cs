using Archon.Core.Execution;

namespace Archon.Benchmarks.Running;

/// <summary>Options of a <see cref="BenchmarkRunner"/> run.</summary>
public sealed record BenchmarkRunOptions
{
    /// <summary>Items evaluated at once. Default 8; must be at least 1.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>
    /// JSONL file results are appended to (one <c>ItemResult</c> per line, flushed per item). Items already in it are
    /// skipped, which makes a run resumable. Null keeps results in memory only.
    /// </summary>
    public string? ResultsPath { get; init; }

    /// <summary>Per-query limits for the architecture.</summary>
    public QueryOptions QueryOptions { get; init; } = QueryOptions.None;

    /// <summary>Seed of the summary's bootstrap.</summary>
    public int Seed { get; init; }

    /// <summary>Clock for progress timing. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        if (Concurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Concurrency), Concurrency, "concurrency must be at least 1");
        }
    }
}
