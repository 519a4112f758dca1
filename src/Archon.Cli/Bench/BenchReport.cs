using System.Globalization;
using System.Text;
using System.Text.Json;
using Archon.Benchmarks.Results;
using Spectre.Console;

namespace Archon.Cli.Bench;

/// <summary>The summary as a console table, JSON and Markdown.</summary>
internal static class BenchReport
{
    private static readonly JsonSerializerOptions Indented = new(ResultsFile.JsonOptions) { WriteIndented = true };

    public static string Json(BenchmarkSummary summary) => JsonSerializer.Serialize(summary, Indented);

    public static void WriteTable(IAnsiConsole console, string title, BenchmarkSummary s)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("score", Markup.Escape($"{BenchFormat.Pct(s.Score)}  [95% CI {BenchFormat.Pct(s.Ci95[0])} – {BenchFormat.Pct(s.Ci95[1])}]"));
        table.AddRow("items", s.Items.ToString(CultureInfo.InvariantCulture));
        table.AddRow("errors", s.Errors.ToString(CultureInfo.InvariantCulture));
        table.AddRow("unscored", s.Unscored.ToString(CultureInfo.InvariantCulture));
        table.AddRow("cost", s.SavedUsd > 0 ? $"{BenchFormat.Usd(s.CostUsd)} (cache saved {BenchFormat.Usd(s.SavedUsd)})" : BenchFormat.Usd(s.CostUsd));
        table.AddRow("latency p50 / p95", string.Create(CultureInfo.InvariantCulture, $"{s.LatencyP50Ms:0} ms / {s.LatencyP95Ms:0} ms"));
        table.AddRow("calls per item", string.Create(CultureInfo.InvariantCulture, $"{s.CallsPerItem:0.##} (+{s.JudgeCallsPerItem:0.##} judge)"));
        table.AddRow("simulated", s.Simulated ? "yes" : "no");
        console.Write(table);
        if (s.Categories.Count > 0)
        {
            var cats = new Table().AddColumn("category").AddColumn(new TableColumn("items").RightAligned()).AddColumn(new TableColumn("errors").RightAligned()).AddColumn(new TableColumn("score").RightAligned());
            foreach (var (name, c) in s.Categories.Concat(s.Subcategories))
            {
                cats.AddRow(Markup.Escape(name), c.Items.ToString(CultureInfo.InvariantCulture), c.Errors.ToString(CultureInfo.InvariantCulture), BenchFormat.Pct(c.Score));
            }

            console.Write(cats);
        }
    }

    public static string Markdown(string title, BenchmarkSummary s)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {title}\n\n| metric | value |\n|---|---|\n");
        sb.Append(CultureInfo.InvariantCulture, $"| score | {BenchFormat.Pct(s.Score)} (95% CI {BenchFormat.Pct(s.Ci95[0])} – {BenchFormat.Pct(s.Ci95[1])}) |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| items | {s.Items} |\n| errors | {s.Errors} |\n| unscored | {s.Unscored} |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| cost | {BenchFormat.Usd(s.CostUsd)}{(s.SavedUsd > 0 ? $" (cache saved {BenchFormat.Usd(s.SavedUsd)})" : string.Empty)} |\n| latency p50 / p95 | {s.LatencyP50Ms:0} ms / {s.LatencyP95Ms:0} ms |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| calls per item | {s.CallsPerItem:0.##} (+{s.JudgeCallsPerItem:0.##} judge) |\n| simulated | {(s.Simulated ? "yes" : "no")} |\n");
        if (s.Categories.Count > 0)
        {
            sb.Append("\n| category | items | errors | score |\n|---|---:|---:|---:|\n");
            foreach (var (name, c) in s.Categories.Concat(s.Subcategories))
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {name} | {c.Items} | {c.Errors} | {BenchFormat.Pct(c.Score)} |\n");
            }
        }

        return sb.ToString();
    }
}
