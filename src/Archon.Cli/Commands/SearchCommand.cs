using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archon.Cli.Setup;
using Archon.Cli.Search;
using Archon.Search.Comparison;
using Archon.Search.Driver;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Cli.Commands;

/// <summary><c>archon search</c> (one strategy), <c>archon search exhaustive</c> and <c>archon search compare</c>.</summary>
internal sealed class SearchCommand : ICliCommand
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly Option<string> _space = new("--space") { Description = "Search space JSON file", Required = true };
    private readonly Option<string> _dataset = new("--dataset") { Description = "Dataset kind (gsm8k, math, synthetic, …)", Required = true };
    private readonly Option<string> _data = new("--data") { Description = "Dataset file or folder", Required = true };
    private readonly Option<string> _out = new("--out") { Description = "Output folder (search.json, best.json, report.md, plots)", Required = true };
    private readonly Option<string?> _ranking = new("--ranking") { Description = "Model ranking file (archon rank-models output); overrides the space's ranking" };
    private readonly ModelOptions _models = new();
    private readonly Option<int> _seed = new("--seed") { Description = "Strategy seed", DefaultValueFactory = _ => 1 };
    private readonly Option<int> _splitSeed = new("--split-seed") { Description = "Seed of the search/held-out split", DefaultValueFactory = _ => 0 };
    private readonly Option<double> _searchFraction = new("--search-fraction") { Description = "Share of items used for search", DefaultValueFactory = _ => 0.2 };
    private readonly Option<int?> _limit = new("--limit") { Description = "Use at most N search (and N held-out) items" };
    private readonly Option<int> _concurrency = new("--concurrency") { Description = "Items run at once", DefaultValueFactory = _ => 8 };
    private readonly Option<int> _initialPoints = new("--initial-points") { Description = "Bayesian optimisation: random points first (the paper: 80)", DefaultValueFactory = _ => 10 };
    private readonly Option<string?> _judge = new("--judge") { Description = "Judge architecture config for judge-scored kinds (mt-bench, arena-hard, alpaca-eval); its calls count towards the budget" };
    private readonly Option<string?> _baseline = new("--baseline") { Description = "Baseline answers for pairwise kinds (answers.jsonl or a bench output folder)" };

    public SearchCommand()
        : this(Console.Out, Console.Error)
    {
    }

    internal SearchCommand(TextWriter output, TextWriter error)
    {
        _output = output;
        _error = error;
    }

    public Command Build()
    {
        var strategy = new Option<string>("--strategy") { Description = "bayes | random | greedy | halving | tpe | halving-random", DefaultValueFactory = _ => "bayes" };
        var budgetCalls = new Option<long?>("--budget-calls") { Description = "Stop before more than N model calls are made" };
        var budgetUsd = new Option<decimal?>("--budget-usd") { Description = "Stop before more than X dollars are spent" };
        var maxTrials = new Option<int?>("--max-trials") { Description = "Stop after N trials" };
        var costWeight = new Option<double>("--cost-weight") { Description = "Cost-aware objective: score minus this many points per $/query", DefaultValueFactory = _ => 0 };
        var noHeldOut = new Option<bool>("--no-held-out") { Description = "Skip scoring the best architecture on the held-out split" };

        var command = new Command("search", "Search for the best architecture of a search space (ITAS)");
        AddCommon(command);
        command.Options.Add(strategy);
        command.Options.Add(budgetCalls);
        command.Options.Add(budgetUsd);
        command.Options.Add(maxTrials);
        command.Options.Add(costWeight);
        command.Options.Add(noHeldOut);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await Guard(async () =>
        {
            var o = Common(r);
            var session = SearchSession.Create(o);
            var options = new SearchOptions { BudgetCalls = r.GetValue(budgetCalls), BudgetUsd = r.GetValue(budgetUsd), MaxTrials = r.GetValue(maxTrials), CostWeight = r.GetValue(costWeight), Simulated = session.Simulated };
            var state = await RunSearchAsync(session, o, r.GetValue(strategy)!, options, o.OutDirectory, ct).ConfigureAwait(false);
            var heldOut = await SearchOutputs.WriteAsync(session, state, o.OutDirectory, !r.GetValue(noHeldOut), ct).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped: {state.StopReason}; calls made {state.CallsMade:N0}, without reuse {state.CallsWithoutReuse:N0}; held-out {heldOut}"));
            Console.WriteLine($"wrote {Path.Combine(o.OutDirectory, "best.json")}, report.md, pareto.json, best-so-far.png, pareto.png");
            return 0;
        }).ConfigureAwait(false));

        command.Subcommands.Add(BuildExhaustive());
        command.Subcommands.Add(BuildCompare());
        command.Subcommands.Add(BuildSpace());
        return command;
    }

    private Command BuildSpace()
    {
        var json = new Option<bool>("--json") { Description = "Print {\"configurations\", \"distinct\", \"feasible\", \"removedByRule\"} as JSON" };
        var command = new Command("space", "Count a search space: configurations, distinct architectures, the feasible ones and what each constraint removes");
        command.Options.Add(_space);
        command.Options.Add(_ranking);
        command.Options.Add(json);
        _models.AddTo(command);
        command.SetAction((ParseResult r, CancellationToken ct) => Guard(() =>
        {
            var (models, usageError) = _models.Read(r);
            var setup = Archon.Models.Setup.ModelSetup.Create(models ?? throw new ArgumentException(usageError));
            var path = r.GetValue(_space)!;
            var ranking = r.GetValue(_ranking) is { } file ? ModelRankingReader.ReadFile(file) : null;
            var space = SearchSpaceLoader.LoadFile(path, ranking);
            var enumeration = SpaceEnumerator.Enumerate(space, name => setup.Resolver.Resolve(name)?.Pricing);
            SpaceCountsOutput.Write(SpaceCounts.Of(enumeration), r.GetValue(json), _output);
            return Task.FromResult(0);
        }));
        return command;
    }

    private Command BuildExhaustive()
    {
        var command = new Command("exhaustive", "Evaluate every feasible architecture (cheap on simulated models with the shared cache)");
        AddCommon(command);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await Guard(async () =>
        {
            var o = Common(r);
            var session = SearchSession.Create(o);
            var result = await ExhaustiveAsync(session, o, ct).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"max score {result.MaxScore:0.##}; {result.NearBestCount} of {session.Space.Feasible.Count} architectures ({100 * result.NearBestFraction:0.##}%) within 0.5 points; calls made {result.CallsMade:N0}, without reuse {result.CallsWithoutReuse:N0}"));
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private Command BuildCompare()
    {
        var strategies = new Option<string>("--strategies") { Description = "Comma-separated strategies", DefaultValueFactory = _ => "random,greedy,bayes,halving" };
        var seeds = new Option<int>("--seeds") { Description = "Seeds per strategy", DefaultValueFactory = _ => 10 };
        var command = new Command("compare", "Compare strategies over seeds: evaluations and calls until a near-best architecture (writes compare.json)");
        AddCommon(command);
        command.Options.Add(strategies);
        command.Options.Add(seeds);
        command.SetAction(async (ParseResult r, CancellationToken ct) => await Guard(async () =>
        {
            var o = Common(r);
            var session = SearchSession.Create(o);
            var exhaustive = await ExhaustiveAsync(session, o, ct).ConfigureAwait(false);
            var names = r.GetValue(strategies)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var result = await SearchComparer.CompareAsync(
                session.Space, exhaustive, names, r.GetValue(seeds), session.NewEvaluator,
                new StrategyOptions { InitialRandomPoints = o.InitialPoints }, new Progress<string>(Console.WriteLine), null, ct).ConfigureAwait(false);
            result = result with { Simulated = session.Simulated };
            await File.WriteAllTextAsync(Path.Combine(o.OutDirectory, "compare.json"), JsonSerializer.Serialize(result, SearchStateStore.JsonOptions), ct).ConfigureAwait(false);
            CompareTable.Write(result, _output);

            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static async Task<SearchState> RunSearchAsync(SearchSession session, SearchCliOptions o, string strategyName, SearchOptions options, string outDir, CancellationToken ct)
    {
        Directory.CreateDirectory(outDir);
        var evaluator = session.NewEvaluator();
        var size = session.Space.FeasibilitySample is { } sample
            ? string.Create(CultureInfo.InvariantCulture, $"{session.Space.Feasible.Count:N0} architectures, sampled as the search goes (about {100 * sample.FeasibleFraction:0.#}% feasible in a sample of {sample.Drawn:N0}; infeasible ones are skipped)")
            : string.Create(CultureInfo.InvariantCulture, $"{session.Space.Feasible.Count} feasible architectures, {session.Space.InfeasibleCount} infeasible removed");

        // The driver builds the strategy once it has read search.json (which says how the seed was used).
        ISearchStrategy Strategy(bool mixSeed)
        {
            var strategy = StrategyFactory.Create(
                strategyName, session.Space, evaluator.SearchItems, new StrategyOptions { Seed = o.Seed, MixSeed = mixSeed, InitialRandomPoints = o.InitialPoints });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"space {session.Space.Space.Name}: {size}; {session.SearchItems.Count} search items; strategy {strategy.Name}, seed {o.Seed}"));
            Console.WriteLine(session.Notice);
            return strategy;
        }

        var progress = new TrialProgress(options.BudgetCalls, session.Space.Feasible.Count, Console.Out);
        return await new SearchDriver(session.Space, evaluator, options).RunAsync(Strategy, o.Seed, Path.Combine(outDir, "search.json"), progress, ct).ConfigureAwait(false);
    }

    private static async Task<ExhaustiveResult> ExhaustiveAsync(SearchSession session, SearchCliOptions o, CancellationToken ct)
    {
        if (session.Space.IsSampled)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"--space {o.SpacePath}: an exhaustive evaluation lists every architecture, and this space holds {session.Space.Feasible.Count:N0} (more than {SpaceLimits.MaxEnumeratedPoints:N0}); narrow its axes"));
        }

        var path = Path.Combine(o.OutDirectory, "exhaustive.json");
        if (ExhaustiveResult.Load(path) is { } done && done.SpaceFingerprint == SearchDriver.Fingerprint(session.Space) && done.SearchItems == session.SearchItems.Count)
        {
            Console.WriteLine($"using {path}");
            return done;
        }

        var state = await RunSearchAsync(session, o with { Seed = 0 }, "exhaustive", new SearchOptions { Simulated = session.Simulated }, Path.Combine(o.OutDirectory, "exhaustive"), ct).ConfigureAwait(false);
        var result = ExhaustiveResult.From(state);
        result.Save(path);
        return result;
    }

    private void AddCommon(Command command)
    {
        foreach (var option in new Option[] { _space, _dataset, _data, _out, _ranking, _seed, _splitSeed, _searchFraction, _limit, _concurrency, _initialPoints, _judge, _baseline })
        {
            command.Options.Add(option);
        }

        _models.AddTo(command);
    }

    private SearchCliOptions Common(ParseResult r)
    {
        var (models, usageError) = _models.Read(r);
        return new()
        {
            Models = models ?? throw new ArgumentException(usageError),
            SpacePath = r.GetValue(_space)!,
            Dataset = r.GetValue(_dataset)!,
            DataPath = r.GetValue(_data)!,
            OutDirectory = r.GetValue(_out)!,
            RankingPath = r.GetValue(_ranking),
            Seed = r.GetValue(_seed),
            SplitSeed = r.GetValue(_splitSeed),
            SearchFraction = r.GetValue(_searchFraction),
            Limit = r.GetValue(_limit),
            Concurrency = r.GetValue(_concurrency),
            InitialPoints = r.GetValue(_initialPoints),
            JudgePath = r.GetValue(_judge),
            BaselinePath = r.GetValue(_baseline),
        };
    }

    private async Task<int> Guard(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SearchSpaceException or ArgumentException or InvalidOperationException or InvalidDataException or IOException)
        {
            await _error.WriteLineAsync($"archon search: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }
}
