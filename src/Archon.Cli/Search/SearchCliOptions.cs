using Archon.Models.Setup;

namespace Archon.Cli.Search;

/// <summary>The options shared by <c>archon search</c>, <c>search exhaustive</c> and <c>search compare</c>.</summary>
internal sealed record SearchCliOptions
{
    public required string SpacePath { get; init; }
    public required string Dataset { get; init; }
    public required string DataPath { get; init; }
    public required string OutDirectory { get; init; }
    /// <summary>Model catalog, simulation and latency, from the shared <c>--catalog/--simulate/--sim-latency-ms</c> options.</summary>
    public required ModelSetupOptions Models { get; init; }

    public string? RankingPath { get; init; }
    public int Seed { get; init; } = 1;
    public int SplitSeed { get; init; }
    public double SearchFraction { get; init; } = 0.2;

    /// <summary>Use at most this many search items (and as many held-out items). Null: all.</summary>
    public int? Limit { get; init; }

    public int Concurrency { get; init; } = 8;

    /// <summary>Judge architecture file for judge-scored kinds (mt-bench, arena-hard, alpaca-eval), or null.</summary>
    public string? JudgePath { get; init; }

    /// <summary>Baseline answers (answers.jsonl or a bench output folder) for pairwise kinds, or null.</summary>
    public string? BaselinePath { get; init; }

    public int InitialPoints { get; init; } = 10;
}
