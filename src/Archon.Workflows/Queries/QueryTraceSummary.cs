using Archon.Core.Tracing;

namespace Archon.Workflows.Queries;

/// <summary>What a query did, in brief: time, calls per layer, warnings.</summary>
internal sealed record QueryTraceSummary(double ElapsedMs, double CriticalPathMs, IReadOnlyList<int> CallsPerLayer, int Errors, IReadOnlyList<string> Warnings)
{
    public static QueryTraceSummary From(QueryTrace trace)
    {
        var layers = trace.Calls.Count == 0 ? 0 : trace.Calls.Max(c => c.Layer) + 1;
        var perLayer = new int[layers];
        foreach (var call in trace.Calls)
        {
            perLayer[call.Layer]++;
        }

        return new QueryTraceSummary(
            trace.Elapsed.TotalMilliseconds,
            trace.CriticalPath.TotalMilliseconds,
            perLayer,
            trace.Calls.Count(c => c.Error is not null),
            [.. trace.Warnings.Select(w => $"layer {w.Layer} {w.Component}[{w.ComponentIndex}]: {w.Message}")]);
    }
}
