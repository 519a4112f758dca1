using System.Globalization;
using Archon.Benchmarks.Running;

namespace Archon.Cli.Bench;

/// <summary>Text formats shared by the bench commands.</summary>
internal static class BenchFormat
{
    public static string ProgressLine(BenchmarkProgress p) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.Done}/{p.Total} items, {p.Errors} errors, ${p.CostUsd:0.0000}, elapsed {Duration(p.Elapsed)}, ETA {(p.Eta is { } eta ? Duration(eta) : "?")}");

    public static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    public static string Pct(double v) => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Usd(decimal v) => "$" + v.ToString("0.0000", CultureInfo.InvariantCulture);
}
