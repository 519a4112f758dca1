using System.CommandLine;
using Archon.Cli.Setup;

namespace Archon.Cli.Bench;

/// <summary>The options of <c>archon rank-models</c>.</summary>
internal sealed class RankModelsOptions
{
    public ModelOptions ModelOptions { get; } = new();

    public Option<string> Dataset { get; } = new("--dataset") { Description = "Dataset kind.", Required = true };
    public Option<string> Data { get; } = new("--data") { Description = "Dataset file in its published format.", Required = true };
    public Option<string?> Models { get; } = new("--models") { Description = "Comma-separated model names (default: every catalog model)." };
    public Option<string> Split { get; } = new("--split") { Description = "search (default), heldout or all.", DefaultValueFactory = _ => "search" };
    public Option<int> SplitSeed { get; } = new("--split-seed") { Description = "Seed of the search/held-out split.", DefaultValueFactory = _ => 0 };
    public Option<int?> Limit { get; } = new("--limit") { Description = "At most N items per model." };
    public Option<int> Concurrency { get; } = new("--concurrency") { Description = "Items evaluated at once.", DefaultValueFactory = _ => 8 };
    public Option<string?> Judge { get; } = new("--judge") { Description = "Judge architecture for judge-scored kinds." };
    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Baseline answers for pairwise kinds." };
    public Option<string?> Out { get; } = new("--out") { Description = "Ranking file to write (default ranking.json, or fuser-ranking.json with --role fuser)." };
    public Option<string> Role { get; } = new("--role") { Description = "generator (default): each model alone; fuser: each model fusing one fixed candidate set.", DefaultValueFactory = _ => "generator" };
    public Option<string?> Candidates { get; } = new("--candidates") { Description = "--role fuser: comma-separated generator models whose answers every fuser fuses (default: the models ranked)." };
    public Option<int> CandidateSamples { get; } = new("--candidate-samples") { Description = "--role fuser: samples per candidate model.", DefaultValueFactory = _ => 1 };

    public void AddTo(Command command)
    {
        foreach (Option o in (Option[])[Dataset, Data, Models, Split, SplitSeed, Limit, Concurrency, Judge, Baseline, Out, Role, Candidates, CandidateSamples])
        {
            command.Options.Add(o);
        }

        ModelOptions.AddTo(command);
    }

    public RankModelsRequest Read(ParseResult r, Archon.Models.Setup.ModelSetupOptions models) => new()
    {
        ModelSetup = models,
        Dataset = r.GetValue(Dataset)!,
        Data = r.GetValue(Data)!,
        Models = (r.GetValue(Models) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Split = r.GetValue(Split)!,
        SplitSeed = r.GetValue(SplitSeed),
        Limit = r.GetValue(Limit),
        Concurrency = r.GetValue(Concurrency),
        Judge = r.GetValue(Judge),
        Baseline = r.GetValue(Baseline),
        Out = r.GetValue(Out),
        Role = r.GetValue(Role)!,
        Candidates = (r.GetValue(Candidates) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        CandidateSamples = r.GetValue(CandidateSamples),
    };
}
