namespace Archon.Cli.Bench;

/// <summary>The parsed <c>archon bench</c> command line.</summary>
internal sealed record BenchRequest
{
    public required string Dataset { get; init; }
    public required string Data { get; init; }
    public required string Config { get; init; }
    public string? Judge { get; init; }
    public string? Baseline { get; init; }
    public string Split { get; init; } = "all";
    public int SplitSeed { get; init; }
    public int? Limit { get; init; }
    public int Concurrency { get; init; } = 8;
    public bool Simulate { get; init; }
    public string? Catalog { get; init; }
    public int? SimLatencyMs { get; init; }
    public string? Out { get; init; }
    public bool Json { get; init; }
    public bool DryRun { get; init; }
    public bool FailOnMalformed { get; init; }
    public bool MixEvalJudge { get; init; }
    public bool AnswersOnly { get; init; }
}
