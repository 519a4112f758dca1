using System.CommandLine;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Cli.Bench;
using Archon.Cli.Output;

namespace Archon.Cli.Commands;

/// <summary><c>archon bench</c>: runs an architecture over a dataset and scores it; <c>archon bench compare</c>.</summary>
internal sealed class BenchCommand : ICliCommand
{
    public Command Build()
    {
        var o = new BenchCommandOptions();
        var command = new Command("bench", "Run an architecture over a benchmark dataset and score it.");
        o.AddTo(command);
        o.Models.SetAction(command, (r, models, ct) => RunAsync(o.Read(r, models), ct));
        command.Subcommands.Add(BenchCompareCommand.Build());
        return command;
    }

    private static async Task<int> RunAsync(BenchRequest req, CancellationToken ct)
    {
        var error = Console.Error;
        if (req.Concurrency < 1 || req.Limit is < 0)
        {
            error.WriteLine("--concurrency must be at least 1 and --limit 0 or more");
            return ExitCodes.Usage;
        }

        SplitPart part;
        try
        {
            part = BenchmarkSplit.ParsePart(req.Split);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }

        var all = BenchInputs.LoadDataset(req.Dataset, req.Data, req.FailOnMalformed, error);
        if (all is null)
        {
            return ExitCodes.InvalidInput;
        }

        var env = BenchEnvironment.Create(req.ModelSetup, error);
        if (env is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (!req.Json && env.Setup.UsingSimulatedCatalog)
        {
            error.WriteLine(env.Setup.Notice);
        }

        var architecture = env.LoadArchitecture(req.Config, "--config", error);
        var needsJudge = !req.AnswersOnly && (DatasetKinds.NeedsJudge(req.Dataset) || req.MixEvalJudge);
        if (needsJudge && req.Judge is null)
        {
            error.WriteLine($"--judge: dataset kind '{req.Dataset}' is scored by an LLM judge; pass a judge architecture file");
            return ExitCodes.Usage;
        }

        var judge = req.Judge is null ? null : env.LoadArchitecture(req.Judge, "--judge", error);
        if (architecture is null || (req.Judge is not null && judge is null))
        {
            return ExitCodes.InvalidInput;
        }

        IReadOnlyDictionary<string, string>? baseline = null;
        if (req.Baseline is not null)
        {
            try
            {
                baseline = BaselineAnswers.Load(req.Baseline);
            }
            catch (Exception ex) when (ex is DatasetFormatException or FileNotFoundException or System.Text.Json.JsonException)
            {
                error.WriteLine($"--baseline: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
        }
        else if (DatasetKinds.NeedsBaselineAnswers(req.Dataset) && !req.AnswersOnly)
        {
            error.WriteLine($"--baseline: {req.Dataset} compares against a baseline's answers; pass --baseline <answers.jsonl or bench output dir>");
            return ExitCodes.Usage;
        }

        var items = BenchInputs.Select(all, part, req.SplitSeed, req.Limit);
        if (req.DryRun)
        {
            var estimate = RunEstimate.For(items, architecture, req.AnswersOnly ? null : judge, env.Pricing);
            Console.WriteLine(BenchInputs.SplitLine(all, req.SplitSeed));
            Console.WriteLine($"would run {items.Count} items (split {req.Split}{(req.Limit is { } l ? $", limit {l}" : string.Empty)}): "
                              + $"~{estimate.Calls} calls, ~{estimate.InputTokens} input + {estimate.OutputTokens} output tokens, ~{BenchFormat.Usd(estimate.CostUsd)}"
                              + (env.RunsOnSimulatedModels(architecture, judge) ? " on simulated models" : string.Empty));
            return ExitCodes.Ok;
        }

        var scorer = req.AnswersOnly
            ? Scorers.AnswersOnly
            : Scorers.ForKind(req.Dataset, new ScorerOptions
            {
                Judge = judge,
                JudgeRunner = judge is null ? null : env.Runner,
                BaselineAnswers = baseline,
                MixEvalUseJudge = req.MixEvalJudge,
            });
        var options = new BenchmarkRunOptions
        {
            Concurrency = req.Concurrency,
            ResultsPath = req.Out is null ? null : Path.Combine(req.Out, "results.jsonl"),
        };
        var run = await BenchRunPresenter.RunAsync(new BenchmarkRunner(env.Runner, scorer), items, architecture, options, req.Json, ct);
        var title = $"{architecture.Name} on {req.Dataset} ({req.Split}){(run.Summary.Simulated ? ", simulated models" : string.Empty)}";
        BenchRunPresenter.Present(req, title, run);
        return ExitCodes.Ok;
    }
}
