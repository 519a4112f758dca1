using System.Globalization;
using Archon.Core.Execution;
using Archon.Core.Tracing;
using Spectre.Console;

namespace Archon.Cli.Output;

/// <summary>
/// Renders a query's trace as a compact table: one row per component (layer, component, model, calls, tokens in/out,
/// $, ms), then a total row. A component's ms is its longest chain of dependent calls; the total's is the query's wall
/// time with the critical path beside it. Cache hits cost nothing: the total's $ shows what they saved beside it.
/// </summary>
internal static class TraceTable
{
    public static void Write(QueryResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        var console = PlainConsole.Create(writer);
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("layer");
        table.AddColumn("component");
        table.AddColumn("model");
        table.AddColumn(new TableColumn("calls").RightAligned());
        table.AddColumn(new TableColumn("tokens in/out").RightAligned());
        table.AddColumn(new TableColumn("$").RightAligned());
        table.AddColumn(new TableColumn("ms").RightAligned());

        foreach (var group in result.Trace.Calls
                     .GroupBy(c => (c.Layer, c.ComponentIndex))
                     .OrderBy(g => g.Key.Layer)
                     .ThenBy(g => g.Key.ComponentIndex))
        {
            var calls = group.ToList();
            var totals = UsageTotals.Sum(calls);
            var failed = calls.Count(c => c.Error is not null);
            table.AddRow(
                Cell(Invariant($"{group.Key.Layer}")),
                Cell(Invariant($"{calls[0].Component} #{group.Key.ComponentIndex}")),
                Cell(string.Join(", ", calls.Select(c => c.Model).Distinct(StringComparer.Ordinal))),
                Cell(failed > 0 ? Invariant($"{totals.Calls} ({failed} failed)") : Invariant($"{totals.Calls}")),
                Cell(Invariant($"{totals.InputTokens}/{totals.OutputTokens}")),
                Cell(Money(totals.CostUsd)),
                Cell(Ms(CriticalPath.Compute(calls))));
        }

        var all = result.Trace.Totals;
        table.AddRow(
            Cell("total"),
            Cell(string.Empty),
            Cell(string.Empty),
            Cell(Invariant($"{all.Calls}")),
            Cell(Invariant($"{all.InputTokens}/{all.OutputTokens}")),
            Cell(all.CacheHits > 0 ? Invariant($"{Money(all.CostUsd)} (cache saved {Money(all.SavedUsd)})") : Money(all.CostUsd)),
            Cell(Invariant($"{Ms(result.Trace.Elapsed)} (critical path {Ms(result.Trace.CriticalPath)})")));
        console.Write(table);
    }

    private static Text Cell(string text) => new(text);

    private static string Money(decimal usd) => usd.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
