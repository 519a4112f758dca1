using System.CommandLine;
using System.Globalization;
using Archon.Cli.Setup;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Ranking;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Scoring;
using Archon.Cli.Bench;
using Archon.Cli.Output;
using Archon.Core.Models;
using Archon.Models.Setup;

namespace Archon.Cli.Commands;

/// <summary>
/// <c>archon rank-models</c>: every catalog model (or <c>--models</c>) alone as a one-generator architecture over
/// a dataset, written as the ranking architecture search starts from; with <c>--role fuser</c>, every model fusing
/// one fixed candidate set (the ranking a search space's fusion models can come from).
/// </summary>
internal sealed class RankModelsCommand : ICliCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public RankModelsCommand()
        : this(Console.Out, Console.Error)
    {
    }

    internal RankModelsCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var o = new RankModelsOptions();
        var command = new Command("rank-models", "Score each model alone (or, with --role fuser, fusing one fixed candidate set) on a dataset and write the ranking search uses.");
        o.AddTo(command);
        o.ModelOptions.SetAction(command, (r, models, ct) => RunAsync(o.Read(r, models), ct));
        return command;
    }

    private async Task<int> RunAsync(RankModelsRequest req, CancellationToken ct)
    {
        var error = _error;
        if (req.Concurrency < 1)
        {
            error.WriteLine("--concurrency must be at least 1");
            return ExitCodes.Usage;
        }

        var fuser = req.Role == ModelRanking.FuserRole;
        if (!fuser && req.Role != ModelRanking.GeneratorRole)
        {
            error.WriteLine($"--role: '{req.Role}' is not a role; use generator or fuser");
            return ExitCodes.Usage;
        }

        if (req.CandidateSamples < 1 || req.CandidateSamples > 100)
        {
            error.WriteLine("--candidate-samples must lie in 1..100");
            return ExitCodes.Usage;
        }

        if (!fuser && req.Candidates.Count > 0)
        {
            error.WriteLine("--candidates applies to --role fuser only");
            return ExitCodes.Usage;
        }

        // Refused as names before any lookup, which would call them unknown and repeat them whole.
        if ((BrokenName("--models", req.Models) ?? BrokenName("--candidates", req.Candidates)) is { } broken)
        {
            error.WriteLine(broken);
            return ExitCodes.InvalidInput;
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

        var all = BenchInputs.LoadDataset(req.Dataset, req.Data, failOnMalformed: false, error);
        if (all is null)
        {
            return ExitCodes.InvalidInput;
        }

        // Fusers read the candidates from the response cache: room for every candidate of every item.
        var env = BenchEnvironment.Create(fuser ? WithLargeCache(req.ModelSetup) : req.ModelSetup, error);
        if (env is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (env.Setup.UsingSimulatedCatalog)
        {
            error.WriteLine(env.Setup.Notice);
        }

        var models = req.Models.Count > 0 ? req.Models : env.Setup.Catalog.Entries.Select(e => e.Name).ToList();
        var unknown = models.Where(m => env.Resolver.Resolve(m) is null).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"--models: not in the catalog: {string.Join(", ", unknown)}");
            return ExitCodes.InvalidInput;
        }

        var candidates = new FuserCandidates { Models = req.Candidates.Count > 0 ? req.Candidates : models, Samples = req.CandidateSamples };
        var unknownCandidates = candidates.Models.Where(m => env.Resolver.Resolve(m) is null).ToList();
        if (fuser && unknownCandidates.Count > 0)
        {
            error.WriteLine($"--candidates: not in the catalog: {string.Join(", ", unknownCandidates)}");
            return ExitCodes.InvalidInput;
        }

        var judge = req.Judge is null ? null : env.LoadArchitecture(req.Judge, "--judge", error);
        if (DatasetKinds.NeedsJudge(req.Dataset) && judge is null)
        {
            error.WriteLine($"--judge: dataset kind '{req.Dataset}' needs a valid judge architecture");
            return ExitCodes.InvalidInput;
        }

        var baseline = req.Baseline is null ? null : BaselineAnswers.Load(req.Baseline);
        var items = BenchInputs.Select(all, part, req.SplitSeed, req.Limit);
        var scorer = Scorers.ForKind(req.Dataset, new ScorerOptions { Judge = judge, JudgeRunner = judge is null ? null : env.Runner, BaselineAnswers = baseline });
        var ranking = fuser
            ? await ModelRanker.RankFusersAsync(req.Dataset, env.Runner, scorer, models, candidates, items, req.Concurrency, cancellationToken: ct)
            : await ModelRanker.RankAsync(req.Dataset, env.Runner, scorer, models, items, req.Concurrency, cancellationToken: ct);
        ranking = ranking with { Data = req.Data, Split = req.Split };
        var path = req.Out ?? (fuser ? "fuser-ranking.json" : "ranking.json");
        ranking.Save(path);
        foreach (var m in ranking.Models)
        {
            _out.WriteLine($"{m.Rank,3}. {m.Model,-32} {BenchFormat.Pct(m.Score),7}  [{BenchFormat.Pct(m.Ci95[0])} – {BenchFormat.Pct(m.Ci95[1])}]  {BenchFormat.Usd(m.CostUsd)}  errors {m.Errors}");
        }

        if (fuser)
        {
            _out.WriteLine($"every fuser fused the same {candidates.Models.Count * candidates.Samples} candidates per item ({string.Join(", ", candidates.Models)} × {candidates.Samples} samples); generator calls sent again while fusing: {ranking.CandidateCallsRepeated}");
        }

        _out.WriteLine($"{(fuser ? "fuser " : string.Empty)}ranking of {ranking.Models.Count} models over {ranking.Items} items written to {path}");
        return ExitCodes.Ok;
    }

    private static string? BrokenName(string option, IReadOnlyList<string> names) =>
        ModelNameRule.Problems(names).Select(p => string.Create(CultureInfo.InvariantCulture, $"{option}[{p.Index}]: {p.Problem}.")).FirstOrDefault();

    private static ModelSetupOptions WithLargeCache(ModelSetupOptions o) => new()
    {
        CatalogPath = o.CatalogPath,
        CatalogJson = o.CatalogJson,
        Simulate = o.Simulate,
        SimLatencyMs = o.SimLatencyMs,
        SimSeed = o.SimSeed,
        CacheDirectory = o.CacheDirectory,
        Cache = o.Cache,
        Usage = o.Usage,
        LoggerFactory = o.LoggerFactory,
        TimeProvider = o.TimeProvider,
        CacheCapacity = Math.Max(o.CacheCapacity, 2_000_000),
    };
}
