using System.Text.Json;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Running;
using Archon.Core.Architectures;
using Spectre.Console;

namespace Archon.Cli.Bench;

/// <summary>Runs with a progress display fitting the output, then prints and writes the summary.</summary>
internal static class BenchRunPresenter
{
    public static Task<BenchmarkRunResult> RunAsync(
        BenchmarkRunner runner,
        IReadOnlyList<BenchmarkItem> items,
        ArchitectureConfig architecture,
        BenchmarkRunOptions options,
        bool json,
        CancellationToken ct)
    {
        if (!json && !Console.IsOutputRedirected && !Console.IsErrorRedirected)
        {
            return SpectreProgress.RunAsync(AnsiConsole.Console, architecture.Name, p => runner.RunAsync(items, architecture, options, p, ct));
        }

        return runner.RunAsync(items, architecture, options, new PlainProgress(Console.Error), ct);
    }

    public static void Present(BenchRequest req, string title, BenchmarkRunResult run)
    {
        if (req.Out is not null)
        {
            Directory.CreateDirectory(req.Out);
            File.WriteAllText(Path.Combine(req.Out, "summary.json"), BenchReport.Json(run.Summary));
            File.WriteAllText(Path.Combine(req.Out, "summary.md"), BenchReport.Markdown(title, run.Summary));
            File.WriteAllText(
                Path.Combine(req.Out, "run.json"),
                JsonSerializer.Serialize(new { title, req.Dataset, req.Data, req.Config, req.Judge, req.Split, req.SplitSeed, req.Limit, items = run.Results.Count, resumed = run.Resumed, finishedAt = DateTimeOffset.UtcNow }, ResultsFile.JsonOptions));
        }

        if (req.Json)
        {
            Console.WriteLine(BenchReport.Json(run.Summary));
            return;
        }

        if (run.Resumed > 0)
        {
            Console.WriteLine($"resumed {run.Resumed} finished items from {req.Out}");
        }

        var console = Console.IsOutputRedirected ? Output.PlainConsole.Create(Console.Out) : AnsiConsole.Console;
        BenchReport.WriteTable(console, title, run.Summary);
        if (run.Summary.Simulated)
        {
            Console.WriteLine("Scored on simulated models: the figures describe the simulation, not any real model.");
        }
        if (req.Out is not null)
        {
            Console.WriteLine($"results: {Path.Combine(req.Out, "results.jsonl")}, summary: {Path.Combine(req.Out, "summary.json")} and summary.md");
        }
    }
}
