using Archon.Benchmarks.Running;
using Archon.Models.Pipeline;

namespace Archon.Perf;

/// <summary>A <see cref="FaultRun"/>'s results, what the server billed, and the client's usage counter.</summary>
internal sealed record FaultRunOutcome(BenchmarkRunResult Run, FaultLedger Ledger, UsageSnapshot Usage)
{
    public int Completed => Run.Results.Count(r => r.Error is null);

    public bool CostMatchesBilled =>
        Run.Summary.CostUsd == Ledger.BilledUsd
        && Run.Summary.InputTokens == Ledger.BilledInputTokens
        && Run.Summary.OutputTokens == Ledger.BilledOutputTokens;
}
