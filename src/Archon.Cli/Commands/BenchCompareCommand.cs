using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archon.Benchmarks.Results;
using Archon.Cli.Bench;
using Archon.Cli.Output;

namespace Archon.Cli.Commands;

/// <summary><c>archon bench compare a/ b/</c>: paired bootstrap over the items both runs scored.</summary>
internal static class BenchCompareCommand
{
    public static Command Build()
    {
        var command = new Command("compare", "Compare two bench runs (output dirs or results.jsonl files) with a paired bootstrap on shared items.");
        var a = new Argument<string>("a") { Description = "First run (baseline)." };
        var b = new Argument<string>("b") { Description = "Second run (challenger)." };
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON." };
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.Options.Add(json);
        command.SetAction((ParseResult r, CancellationToken ct) => Task.FromResult(Run(r.GetValue(a)!, r.GetValue(b)!, r.GetValue(json))));
        return command;
    }

    private static int Run(string pathA, string pathB, bool json)
    {
        var resultsA = ReadRun(pathA);
        var resultsB = ReadRun(pathB);
        if (resultsA is null || resultsB is null)
        {
            return ExitCodes.InvalidInput;
        }

        var c = PairedComparison.Compute(resultsA.Values, resultsB.Values);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(c, new JsonSerializerOptions(ResultsFile.JsonOptions) { WriteIndented = true }));
            return ExitCodes.Ok;
        }

        if (c.SharedItems == 0)
        {
            Console.Error.WriteLine("the two runs share no scored items");
            return ExitCodes.InvalidInput;
        }

        var better = c.Difference >= 0 ? "B" : "A";
        var sure = c.Difference >= 0 ? c.ProbabilityBBetter : 1 - c.ProbabilityBBetter;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shared items: {c.SharedItems}"));
        Console.WriteLine($"A {pathA}: {BenchFormat.Pct(c.ScoreA)}");
        Console.WriteLine($"B {pathB}: {BenchFormat.Pct(c.ScoreB)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B − A: {c.Difference * 100:+0.0;-0.0;0.0} points, 95% CI [{c.Ci95[0] * 100:+0.0;-0.0;0.0}, {c.Ci95[1] * 100:+0.0;-0.0;0.0}]"));
        var verdict = c.Ci95[0] > 0 || c.Ci95[1] < 0 ? "significant at 95%" : "not significant at 95%";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{better} is better in {sure * 100:0.0}% of bootstrap resamples ({verdict})"));
        return ExitCodes.Ok;
    }

    private static IReadOnlyDictionary<string, ItemResult>? ReadRun(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "results.jsonl") : path;
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"no results at '{file}' (expected a bench --out directory or its results.jsonl)");
            return null;
        }

        return ResultsFile.Read(file);
    }
}
