namespace Archon.Cli.Bench;

/// <summary>The parsed <c>archon rank-models</c> command line.</summary>
internal sealed record RankModelsRequest
{
    public required string Dataset { get; init; }
    public required string Data { get; init; }
    public IReadOnlyList<string> Models { get; init; } = [];
    public string Split { get; init; } = "search";
    public int SplitSeed { get; init; }
    public int? Limit { get; init; }
    public int Concurrency { get; init; } = 8;
    public bool Simulate { get; init; }
    public string? Catalog { get; init; }
    public int? SimLatencyMs { get; init; }
    public string? Judge { get; init; }
    public string? Baseline { get; init; }
    public string? Out { get; init; }
}
