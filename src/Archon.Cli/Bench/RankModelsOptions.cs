using System.CommandLine;

namespace Archon.Cli.Bench;

/// <summary>The options of <c>archon rank-models</c>.</summary>
internal sealed class RankModelsOptions
{
    public Option<string> Dataset { get; } = new("--dataset") { Description = "Dataset kind.", Required = true };
    public Option<string> Data { get; } = new("--data") { Description = "Dataset file in its published format.", Required = true };
    public Option<string?> Models { get; } = new("--models") { Description = "Comma-separated model names (default: every catalog model)." };
    public Option<string> Split { get; } = new("--split") { Description = "search (default), heldout or all.", DefaultValueFactory = _ => "search" };
    public Option<int> SplitSeed { get; } = new("--split-seed") { Description = "Seed of the search/held-out split.", DefaultValueFactory = _ => 0 };
    public Option<int?> Limit { get; } = new("--limit") { Description = "At most N items per model." };
    public Option<int> Concurrency { get; } = new("--concurrency") { Description = "Items evaluated at once.", DefaultValueFactory = _ => 8 };
    public Option<bool> Simulate { get; } = new("--simulate") { Description = "Answer with simulated models." };
    public Option<string?> Catalog { get; } = new("--catalog") { Description = "Model catalog file." };
    public Option<int?> SimLatencyMs { get; } = new("--sim-latency-ms") { Description = "Latency of each simulated call, ms." };
    public Option<string?> Judge { get; } = new("--judge") { Description = "Judge architecture for judge-scored kinds." };
    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Baseline answers for pairwise kinds." };
    public Option<string?> Out { get; } = new("--out") { Description = "Ranking file to write (default ranking.json)." };

    public void AddTo(Command command)
    {
        foreach (Option o in (Option[])[Dataset, Data, Models, Split, SplitSeed, Limit, Concurrency, Simulate, Catalog, SimLatencyMs, Judge, Baseline, Out])
        {
            command.Options.Add(o);
        }
    }

    public RankModelsRequest Read(ParseResult r) => new()
    {
        Dataset = r.GetValue(Dataset)!,
        Data = r.GetValue(Data)!,
        Models = (r.GetValue(Models) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Split = r.GetValue(Split)!,
        SplitSeed = r.GetValue(SplitSeed),
        Limit = r.GetValue(Limit),
        Concurrency = r.GetValue(Concurrency),
        Simulate = r.GetValue(Simulate),
        Catalog = r.GetValue(Catalog),
        SimLatencyMs = r.GetValue(SimLatencyMs),
        Judge = r.GetValue(Judge),
        Baseline = r.GetValue(Baseline),
        Out = r.GetValue(Out),
    };
}
