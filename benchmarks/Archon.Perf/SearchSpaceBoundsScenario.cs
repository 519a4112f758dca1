using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Perf;

/// <summary>
/// Bounded work from any space: the time <see cref="SpaceCheck.Check"/> takes to accept or refuse hostile and large
/// spaces (target: every answer under 1 s, the service's 400 deadline), the memory a 10^6-architecture space holds,
/// and the time a search over it takes per trial (points sampled lazily, never listed).
/// </summary>
internal sealed class SearchSpaceBoundsScenario : IPerfScenario
{
    private const double DeadlineMs = 1000;

    public string Name => "search-space-bounds";

    public string Description => "SpaceCheck on hostile and 10^6-10^8 spaces: slowest answer vs 1 s; memory and per-trial time of a search over 10^6 architectures";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        SpaceCheck.Check(Cases.First().Json); // load and JIT the code paths once
        var slowest = 0.0;
        foreach (var (name, json) in Cases)
        {
            var watch = Stopwatch.StartNew();
            var result = SpaceCheck.Check(json);
            var ms = watch.Elapsed.TotalMilliseconds;
            slowest = Math.Max(slowest, ms);
            var outcome = result.IsValid
                ? string.Create(CultureInfo.InvariantCulture, $"accepted: {result.Counts!.Distinct:N0} distinct, {(result.Enumeration!.IsSampled ? "sampled" : "listed")}")
                : $"refused: {result.Field}: {Shorten(result.Error!)}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-34} {ms,8:0.0} ms  {outcome}"));
        }

        var retained = Retained(() => SpaceCheck.Check(Million()).Enumeration!);
        var perTrial = await PerTrialMsAsync(cancellationToken);
        var met = slowest < DeadlineMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  a checked 10^6-architecture space holds {retained / 1024.0:N0} KB; {perTrial}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  RESULT slowest check {slowest:0} ms = {slowest / DeadlineMs:0.###} of the 1 s deadline: {(met ? "MET" : "NOT MET")}"));
        return met;
    }

    private static IEnumerable<(string Name, string Json)> Cases =>
    [
        ("paper space (3,192 feasible)", File.ReadAllText(Path.Combine(SearchPerfSetup.RepoRoot(), "examples", "search-spaces", "paper.json")).Replace("\"rankingFile\": \"ranking.json\"", Ranking(10), StringComparison.Ordinal).Replace("\"rankingFile\": \"fuser-ranking.json\"", Ranking(4), StringComparison.Ordinal)),
        ("paper-full (17,280)", File.ReadAllText(Path.Combine(SearchPerfSetup.RepoRoot(), "examples", "search-spaces", "paper-full.json")).Replace("\"rankingFile\": \"ranking.json\"", Ranking(10), StringComparison.Ordinal)),
        ("samples 1..2,000,000,000", """{"ranking":["a"],"generators":{"samples":{"min":1,"max":2000000000}}}"""),
        ("topK max 2^31-1", """{"ranking":["a"],"generators":{"topK":{"min":1,"max":2147483647}}}"""),
        ("samples to 2^31-1 step 2^30", """{"ranking":["a"],"generators":{"samples":{"min":1,"max":2147483647,"step":1073741824}}}"""),
        ("samples max 10^30", """{"ranking":["a"],"generators":{"samples":{"min":1,"max":1e30}}}"""),
        ("temperature list of 10^6", "{\"ranking\":[\"a\"],\"generators\":{\"temperature\":[" + string.Join(',', Enumerable.Repeat("0.5", 1_000_000)) + "]}}"),
        ("ranking of 10^6 models", "{\"ranking\":[" + string.Join(',', Enumerable.Range(0, 1_000_000).Select(i => $"\"m{i}\"")) + "]}"),
        ("10^6 architectures", Million()),
        ("10^7 architectures", Space(samples: 1000, fuserModels: 10, temperatures: 10, critics: 3)),
        ("10^8 architectures", Space(samples: 1000, fuserModels: 100, temperatures: 10, critics: 3)),
        ("10^12 architectures", Space(samples: 1000, fuserModels: 1000, temperatures: 1000, critics: 10)),
        ("10^6 with nothing feasible", Million().Replace("}}", "},\"constraints\":{\"maxCallsPerQuery\":1}}", StringComparison.Ordinal)),
    ];

    /// <summary>10 generator counts × 100 sample counts × 10 fuser models × 10 temperatures × (off + 3 × 3 critic/ranker models).</summary>
    private static string Million() => Space(samples: 100, fuserModels: 10, temperatures: 10, critics: 3);

    private static string Space(int samples, int fuserModels, int temperatures, int critics)
    {
        string Names(string prefix, int n) => string.Join(',', Enumerable.Range(0, n).Select(i => $"\"{prefix}{i}\""));
        var temps = string.Join(',', Enumerable.Range(0, temperatures).Select(i => (2.0 * i / temperatures).ToString("0.###", CultureInfo.InvariantCulture)));
        return new StringBuilder()
            .Append("{\"name\":\"large\",\"ranking\":[").Append(Names("g", 10)).Append("],")
            .Append(CultureInfo.InvariantCulture, $"\"generators\":{{\"topK\":{{\"min\":1,\"max\":10}},\"samples\":{{\"min\":1,\"max\":{samples}}}}},")
            .Append("\"fusion\":{\"models\":[").Append(Names("f", fuserModels)).Append("],\"temperature\":[").Append(temps).Append("]},")
            .Append("\"criticRanker\":{\"enabled\":[false,true],\"criticModels\":[").Append(Names("c", critics)).Append("],\"rankerModels\":[").Append(Names("r", critics)).Append("]}}")
            .ToString();
    }

    private static string Ranking(int n) => "\"ranking\": [" + string.Join(',', new[] { "sim-xl", "sim-large", "sim-medium", "sim-small" }.Concat(Enumerable.Range(0, 6).Select(i => $"sim-extra-{i}")).Take(n).Select(m => $"\"{m}\"")) + "]";

    private static long Retained(Func<SpaceEnumeration> make)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = make();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return after - before;
    }

    private static async Task<string> PerTrialMsAsync(CancellationToken ct)
    {
        var space = SpaceCheck.Check(Million()).Enumeration!;
        var parts = new List<string>();
        foreach (var name in new[] { "random", "greedy", "bayes", "halving" })
        {
            var evaluator = new ArithmeticTrialEvaluator();
            var strategy = StrategyFactory.Create(name, space, evaluator.SearchItems, new StrategyOptions { Seed = 1, InitialRandomPoints = 10 });
            var watch = Stopwatch.StartNew();
            var state = await new SearchDriver(space, evaluator, new SearchOptions { MaxTrials = 40 }).RunAsync(strategy, 1, null, null, ct);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {watch.Elapsed.TotalMilliseconds / state.Trials.Count:0} ms/trial"));
        }

        return "a search over it (40 trials, no model calls): " + string.Join(", ", parts);
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";

}
