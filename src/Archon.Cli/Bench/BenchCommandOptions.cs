using Archon.Benchmarks.Datasets;
using System.CommandLine;
using Archon.Cli.Setup;

namespace Archon.Cli.Bench;

/// <summary>The options of <c>archon bench</c>.</summary>
internal sealed class BenchCommandOptions
{
    public ModelOptions Models { get; } = new();

    public Option<string> Dataset { get; } = new("--dataset") { Description = "Dataset kind: " + string.Join(", ", DatasetKinds.All) + ".", Required = true };
    public Option<string> Data { get; } = new("--data") { Description = "Dataset file in its published format.", Required = true };
    public Option<string> Config { get; } = new("--config") { Description = "Architecture config (JSON).", Required = true };
    public Option<string?> Judge { get; } = new("--judge") { Description = "Judge architecture config (mt-bench, mt-bench-pairwise, arena-hard, alpaca-eval; mixeval with --mixeval-judge)." };
    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Baseline answers: a bench --out dir or its results.jsonl, Arena-Hard model answers JSONL, or AlpacaEval outputs JSON." };
    public Option<string> Split { get; } = new("--split") { Description = "search (20%), heldout (80%) or all.", DefaultValueFactory = _ => "all" };
    public Option<int> SplitSeed { get; } = new("--split-seed") { Description = "Seed of the search/held-out split.", DefaultValueFactory = _ => 0 };
    public Option<int?> Limit { get; } = new("--limit") { Description = "Run at most N items (after the split)." };
    public Option<int> Concurrency { get; } = new("--concurrency") { Description = "Items evaluated at once.", DefaultValueFactory = _ => 8 };
    public Option<string?> Out { get; } = new("--out") { Description = "Output directory: results.jsonl (resumable), summary.json, summary.md." };
    public Option<bool> Json { get; } = new("--json") { Description = "Print the summary as JSON." };
    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Load and validate everything, print the item counts and the estimated calls, tokens and $; call no model." };
    public Option<string> OnMalformed { get; } = new("--on-malformed") { Description = "skip (report and continue) or fail on malformed dataset lines.", DefaultValueFactory = _ => "skip" };
    public Option<bool> MixEvalJudge { get; } = new("--mixeval-judge") { Description = "Grade MixEval free-form answers with the --judge architecture instead of normalised match." };

    public Option<bool> AnswersOnly { get; } = new("--answers-only") { Description = "Record answers without scoring (no judge or baseline needed); use the --out dir as a later --baseline." };

    public void AddTo(Command command)
    {
        foreach (Option o in (Option[])[Dataset, Data, Config, Judge, Baseline, Split, SplitSeed, Limit, Concurrency, Out, Json, DryRun, OnMalformed, MixEvalJudge, AnswersOnly])
        {
            command.Options.Add(o);
        }

        Models.AddTo(command);
        OnMalformed.AcceptOnlyFromAmong("skip", "fail");
    }

    public BenchRequest Read(ParseResult r, Archon.Models.Setup.ModelSetupOptions models) => new()
    {
        ModelSetup = models,
        Dataset = r.GetValue(Dataset)!,
        Data = r.GetValue(Data)!,
        Config = r.GetValue(Config)!,
        Judge = r.GetValue(Judge),
        Baseline = r.GetValue(Baseline),
        Split = r.GetValue(Split)!,
        SplitSeed = r.GetValue(SplitSeed),
        Limit = r.GetValue(Limit),
        Concurrency = r.GetValue(Concurrency),
        Out = r.GetValue(Out),
        Json = r.GetValue(Json),
        DryRun = r.GetValue(DryRun),
        FailOnMalformed = r.GetValue(OnMalformed) == "fail",
        MixEvalJudge = r.GetValue(MixEvalJudge),
        AnswersOnly = r.GetValue(AnswersOnly),
    };
}
