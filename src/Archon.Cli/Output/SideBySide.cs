using System.Globalization;
using System.Text.Json;
using Archon.Core.Execution;
using Spectre.Console;

namespace Archon.Cli.Output;

/// <summary>
/// Shows architectures that answered the same question next to each other: one row each with the answer's last line
/// (where a worked answer states its result, e.g. <c>Answer: 32</c>), model calls, tokens, dollars and wall time.
/// </summary>
internal static class SideBySide
{
    private const int AnswerWidth = 48;

    public static void Write(IReadOnlyList<(string Architecture, QueryResult Result)> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var console = PlainConsole.Create(writer);
        var table = new Table().Border(TableBorder.Simple).Title(rows.Any(r => r.Result.Simulated) ? "side by side (simulated models)" : "side by side");
        table.AddColumn("architecture");
        table.AddColumn("answer");
        table.AddColumn(new TableColumn("calls").RightAligned());
        table.AddColumn(new TableColumn("tokens in/out").RightAligned());
        table.AddColumn(new TableColumn("$").RightAligned());
        table.AddColumn(new TableColumn("ms").RightAligned());
        foreach (var (architecture, result) in rows)
        {
            var totals = result.Trace.Totals;
            table.AddRow(
                new Text(architecture),
                new Text(Summary(result)),
                new Text(totals.Calls.ToString(CultureInfo.InvariantCulture)),
                new Text(string.Create(CultureInfo.InvariantCulture, $"{totals.InputTokens}/{totals.OutputTokens}")),
                new Text(totals.CostUsd.ToString("0.######", CultureInfo.InvariantCulture)),
                new Text(result.Trace.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)));
        }

        console.Write(table);
    }

    /// <summary>Writes <c>compared</c>: one object per compared architecture with its answer, usage and timing.</summary>
    public static void WriteJson(Utf8JsonWriter json, IReadOnlyList<(string Architecture, QueryResult Result)> rows)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartArray("compared");
        foreach (var (architecture, result) in rows)
        {
            json.WriteStartObject();
            json.WriteString("architecture", architecture);
            json.WriteString("answer", result.Answer);
            json.WriteBoolean("simulated", result.Simulated);
            json.WriteString("stopReason", JsonNamingPolicy.CamelCase.ConvertName(result.StopReason.ToString()));
            json.WriteNumber("elapsedMs", Math.Round(result.Trace.Elapsed.TotalMilliseconds, 3));
            json.WriteNumber("calls", result.Trace.Totals.Calls);
            json.WriteNumber("inputTokens", result.Trace.Totals.InputTokens);
            json.WriteNumber("outputTokens", result.Trace.Totals.OutputTokens);
            json.WriteNumber("costUsd", result.Trace.Totals.CostUsd);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The answer's last non-empty line, shortened to fit a column.</summary>
    public static string Summary(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var last = result.Answer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no answer)";
        return last.Length <= AnswerWidth ? last : string.Concat(last.AsSpan(0, AnswerWidth - 1), "…");
    }
}
