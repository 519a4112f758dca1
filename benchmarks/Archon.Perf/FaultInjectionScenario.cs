using System.Globalization;

namespace Archon.Perf;

/// <summary>
/// A 200-item benchmark against a loopback OpenAI-compatible server, clean and with 20 % of requests faulting
/// (429, 500, 503, stalls past the timeout): every item completes, scores match item by item, and the run's cost and
/// tokens equal what the server billed.
/// </summary>
internal sealed class FaultInjectionScenario : IPerfScenario
{
    public string Name => "faults-200";

    public string Description => "200 synthetic items (2 samples -> fuser) on a loopback OpenAI server, clean vs 20 % faults (429/500/503/timeouts): targets 100 % complete, identical scores, cost = billed";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var rate = args.Count > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.2;
        var items = BenchSimSetup.Dataset(count, seed: 13);
        // Far above a loopback answer even on a loaded machine, so only the injected stalls time out.
        var timeout = TimeSpan.FromSeconds(2);
        var clean = await FaultRun.RunAsync(items, 0, seed: 1, timeout, cancellationToken);
        var faulty = await FaultRun.RunAsync(items, rate, seed: 1, timeout, cancellationToken);

        Print("clean", clean);
        Print(string.Create(CultureInfo.InvariantCulture, $"faults {rate:P0}"), faulty);
        var cleanScores = clean.Run.Results.ToDictionary(r => r.ItemId, r => (r.Score, r.Answer), StringComparer.Ordinal);
        var differing = faulty.Run.Results.Count(r => !cleanScores.TryGetValue(r.ItemId, out var c) || c != (r.Score, r.Answer));
        var complete = clean.Completed == count && faulty.Completed == count;
        var identical = differing == 0 && clean.Run.Summary.Score == faulty.Run.Summary.Score;
        var billed = clean.CostMatchesBilled && faulty.CostMatchesBilled;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"not billed here: a provider that finishes abandoned generations would add {faulty.Ledger.AbandonedOutputTokens} output tokens (${FaultRun.Pricing.Cost(0, faulty.Ledger.AbandonedOutputTokens):0.000000}) no client can see"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verdict: 100 % complete {(complete ? "MET" : "NOT MET")} ({faulty.Completed}/{count}); identical scores {(identical ? "MET" : "NOT MET")} ({differing} items differ); cost = billed {(billed ? "MET" : "NOT MET")}"));
        return complete && identical && billed;
    }

    private static void Print(string label, FaultRunOutcome o)
    {
        var s = o.Run.Summary;
        var l = o.Ledger;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: items completed {o.Completed}/{s.Items}, errors {s.Errors}, score {s.Score:P1} ({s.Correct} correct)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  requests {l.Requests}: ok {l.Count(FaultKind.None)}, 429 {l.Count(FaultKind.TooManyRequests)}, 500 {l.Count(FaultKind.InternalError)}, 503 {l.Count(FaultKind.Unavailable)}, timeouts {l.Count(FaultKind.Timeout)} ({l.Abandoned} abandoned, {l.FinishedLate} finished late); client retries {o.Usage.Retries}, failed calls {o.Usage.Failures}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  run cost ${s.CostUsd:0.000000}, tokens {s.InputTokens} in / {s.OutputTokens} out; server billed ${l.BilledUsd:0.000000}, {l.BilledInputTokens} in / {l.BilledOutputTokens} out; usage counter ${o.Usage.CostUsd:0.000000} ({o.Usage.Calls} calls)"));
    }
}
