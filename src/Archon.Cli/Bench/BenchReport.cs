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
        if (s.LengthControlled is { } lc)
        {
            table.AddRow("length-controlled win rate", Markup.Escape(LengthControlled(lc)));
        }

        if (s.Sandbox is not null)
        {
            table.AddRow("code sandbox", Markup.Escape(Sandbox(s)));
        }

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

    private static string LengthControlled(LengthControlledSummary lc) =>
        $"{BenchFormat.Pct(lc.WinRate)} (95% CI {BenchFormat.Pct(lc.Ci95[0])} – {BenchFormat.Pct(lc.Ci95[1])}; raw win rate is the score)";

    private static string Sandbox(BenchmarkSummary s) => s.SandboxNote is null ? s.Sandbox! : $"{s.Sandbox}: {s.SandboxNote}";

    public static string Markdown(string title, BenchmarkSummary s)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {title}\n\n| metric | value |\n|---|---|\n");
        sb.Append(CultureInfo.InvariantCulture, $"| score | {BenchFormat.Pct(s.Score)} (95% CI {BenchFormat.Pct(s.Ci95[0])} – {BenchFormat.Pct(s.Ci95[1])}) |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| items | {s.Items} |\n| errors | {s.Errors} |\n| unscored | {s.Unscored} |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| cost | {BenchFormat.Usd(s.CostUsd)}{(s.SavedUsd > 0 ? $" (cache saved {BenchFormat.Usd(s.SavedUsd)})" : string.Empty)} |\n| latency p50 / p95 | {s.LatencyP50Ms:0} ms / {s.LatencyP95Ms:0} ms |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| calls per item | {s.CallsPerItem:0.##} (+{s.JudgeCallsPerItem:0.##} judge) |\n| simulated | {(s.Simulated ? "yes" : "no")} |\n");
        if (s.LengthControlled is { } lc)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| length-controlled win rate | {LengthControlled(lc)} |\n");
        }

        if (s.Sandbox is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| code sandbox | {Sandbox(s)} |\n");
        }

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
