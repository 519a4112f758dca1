using Archon.Benchmarks.Running;
using Spectre.Console;

namespace Archon.Cli.Bench;

/// <summary>Runs work under a Spectre progress bar: done/total, ETA and dollars so far.</summary>
internal static class SpectreProgress
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, string title, Func<IProgress<BenchmarkProgress>, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: 1);
                var progress = new Progress<BenchmarkProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape($"{title} {p.Done}/{p.Total} · {p.Errors} errors · {BenchFormat.Usd(p.CostUsd)}");
                });
                return await work(new SynchronousProgress(progress)).ConfigureAwait(false);
            });

    /// <summary>Forwards reports synchronously (Progress&lt;T&gt; alone would post to a thread-pool context).</summary>
    private sealed class SynchronousProgress(IProgress<BenchmarkProgress> inner) : IProgress<BenchmarkProgress>
    {
        public void Report(BenchmarkProgress value) => inner.Report(value);
    }
}
