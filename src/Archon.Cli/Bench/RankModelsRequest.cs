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
    public required Archon.Models.Setup.ModelSetupOptions ModelSetup { get; init; }
    public string? Judge { get; init; }
    public string? Baseline { get; init; }
    public string? Out { get; init; }

    /// <summary><c>generator</c> (each model alone) or <c>fuser</c> (each model fusing one candidate set).</summary>
    public string Role { get; init; } = "generator";

    /// <summary>Fuser role: the generator models of the candidate set (empty: the models ranked).</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>Fuser role: samples per candidate model.</summary>
    public int CandidateSamples { get; init; } = 1;
}
