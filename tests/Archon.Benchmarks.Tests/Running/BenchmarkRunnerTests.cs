using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Running;

public class BenchmarkRunnerTests
{
    private static List<BenchmarkItem> Items(int n) =>
        Enumerable.Range(0, n).Select(i => new BenchmarkItem
        {
            Id = $"t{i}",
            Kind = DatasetKinds.Synthetic,
            Turns = [$"Compute {i} + 0."],
            References = [i.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Category = i % 2 == 0 ? "even" : "odd",
        }).ToList();

    private static string Echo(string prompt) => "Answer: " + prompt.Split(' ')[1];

    [Fact]
    public async Task RunAsync_OneItemFails_RunCompletesAndCountsError()
    {
        var runner = new FakeArchitectureRunner(m => m[^1].Text.Contains("Compute 3 ", StringComparison.Ordinal) ? throw new InvalidOperationException("bad item") : Echo(m[^1].Text));
        var bench = new BenchmarkRunner(runner, Scorers.ForKind(DatasetKinds.Synthetic));

        var run = await bench.RunAsync(Items(10), FakeArchitectureRunner.Architecture(), new BenchmarkRunOptions { Concurrency = 4 });

        Assert.Equal(10, run.Summary.Items);
        Assert.Equal(1, run.Summary.Errors);
        Assert.Equal(0.9, run.Summary.Score, 6);
        Assert.Contains("bad item", run.Results[3].Error, StringComparison.Ordinal);
        Assert.Equal(4, run.Summary.Categories["odd"].Score * 5, 6);
    }

    [Fact]
    public async Task RunAsync_ManyItems_ResolvesTheArchitectureOnce()
    {
        var resolver = new SingleModelResolver("fake", new ThrowingChatClient(new HttpRequestException("HTTP 503")));
        var architectures = new Archon.Core.Execution.ArchitectureRunner(resolver, Archon.Core.Components.BuiltIn.BuiltInComponents.CreateRegistry());
        var architecture = FakeArchitectureRunner.Architecture();

        var run = await new BenchmarkRunner(architectures, Scorers.ForKind(DatasetKinds.Synthetic))
            .RunAsync(Items(6), architecture, new BenchmarkRunOptions { Concurrency = 2 });

        Assert.Equal(6, run.Summary.Items);
        Assert.Equal(architecture.Layers.Sum(l => l.Components.Count), resolver.Resolutions);
    }

    [Fact]
    public async Task RunAsync_ModelCallsFailAfterRetries_ItemsAreErrorsWithTheirReasonNeverEmptyScoredAnswers()
    {
        var client = new ThrowingChatClient(new HttpRequestException("HTTP 503 (upstream unavailable)"));
        var architectures = new Archon.Core.Execution.ArchitectureRunner(new SingleModelResolver("fake", client), Archon.Core.Components.BuiltIn.BuiltInComponents.CreateRegistry());
        var bench = new BenchmarkRunner(architectures, Scorers.ForKind(DatasetKinds.Synthetic));
        var path = Path.Combine(Path.GetTempPath(), $"archon-failing-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = await bench.RunAsync(Items(4), FakeArchitectureRunner.Architecture(), new BenchmarkRunOptions { Concurrency = 2, ResultsPath = path });

            Assert.Equal(4, run.Summary.Errors);
            Assert.Equal(0, run.Summary.Score);
            Assert.All(run.Results, r =>
            {
                Assert.Null(r.Score);
                Assert.Contains("generator #0 (fake) produced nothing", r.Error, StringComparison.Ordinal);
                Assert.Contains("upstream unavailable", r.Error, StringComparison.Ordinal);
            });
            Assert.All(ResultsFile.Read(path).Values, r => Assert.NotNull(r.Error));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RunAsync_FailedItem_LoggedAsWarningWithItsId()
    {
        var logger = new ListLogger();
        var runner = new FakeArchitectureRunner(m => m[^1].Text.Contains("Compute 1 ", StringComparison.Ordinal) ? throw new InvalidOperationException("bad item") : Echo(m[^1].Text));

        await new BenchmarkRunner(runner, Scorers.ForKind(DatasetKinds.Synthetic), logger).RunAsync(Items(3), FakeArchitectureRunner.Architecture());

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, entry.Level);
        Assert.Contains("t1", entry.Message, StringComparison.Ordinal);
        Assert.Contains("bad item", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InterruptedRun_ResumesWithoutRerunningFinishedItems()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "results.jsonl");
        var items = Items(20);
        var slow = new FakeArchitectureRunner(m => Echo(m[^1].Text)) { Delay = TimeSpan.FromMilliseconds(30) };
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Done >= 5)
            {
                cts.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new BenchmarkRunner(slow, Scorers.ForKind(DatasetKinds.Synthetic)).RunAsync(items, FakeArchitectureRunner.Architecture(), new BenchmarkRunOptions { Concurrency = 2, ResultsPath = path }, progress, cts.Token));

        // Simulate a torn final line from a crash mid-write.
        File.AppendAllText(path, "{\"itemId\":\"t19\",\"sco");
        var finished = ResultsFile.Read(path);
        Assert.InRange(finished.Count, 5, 19);

        var second = new FakeArchitectureRunner(m => Echo(m[^1].Text));
        var run = await new BenchmarkRunner(second, Scorers.ForKind(DatasetKinds.Synthetic))
            .RunAsync(items, FakeArchitectureRunner.Architecture(), new BenchmarkRunOptions { Concurrency = 2, ResultsPath = path });

        Assert.Equal(finished.Count, run.Resumed);
        Assert.Equal(20 - finished.Count, second.Seen.Count);
        Assert.DoesNotContain(second.Seen, m => finished.ContainsKey("t" + m[^1].Text.Split(' ')[1]));
        Assert.Equal(1.0, run.Summary.Score);
        Assert.Equal(20, ResultsFile.Read(path).Count);
    }

    [Fact]
    public async Task RunAsync_Concurrency_IsBounded()
    {
        var active = 0;
        var peak = 0;
        var runner = new FakeArchitectureRunner(m =>
        {
            var now = Interlocked.Increment(ref active);
            InterlockedMax(ref peak, now);
            Thread.Sleep(20);
            Interlocked.Decrement(ref active);
            return Echo(m[^1].Text);
        });

        await new BenchmarkRunner(runner, Scorers.ForKind(DatasetKinds.Synthetic))
            .RunAsync(Items(24), FakeArchitectureRunner.Architecture(), new BenchmarkRunOptions { Concurrency = 3 });

        Assert.InRange(peak, 1, 3);
    }

    [Fact]
    public async Task RunAsync_Progress_ReportsEveryItemWithCost()
    {
        var reports = new List<BenchmarkProgress>();
        var runner = new FakeArchitectureRunner(m => Echo(m[^1].Text));

        await new BenchmarkRunner(runner, Scorers.ForKind(DatasetKinds.Synthetic))
            .RunAsync(Items(5), FakeArchitectureRunner.Architecture(), new BenchmarkRunOptions { Concurrency = 1 }, new SyncProgress(p => { lock (reports) { reports.Add(p); } }));

        Assert.Equal(6, reports.Count);
        Assert.Equal(5, reports[^1].Done);
        Assert.Equal(0.005m, reports[^1].CostUsd);
        Assert.Equal(TimeSpan.Zero, reports[^1].Eta);
    }

    [Fact]
    public async Task RunAsync_ZeroConcurrency_Rejected()
    {
        var runner = new FakeArchitectureRunner(_ => "x");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new BenchmarkRunner(runner, Scorers.ForKind(DatasetKinds.Synthetic)).RunAsync(Items(1), FakeArchitectureRunner.Architecture(), new BenchmarkRunOptions { Concurrency = 0 }));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed class SyncProgress(Action<BenchmarkProgress> action) : IProgress<BenchmarkProgress>
    {
        public void Report(BenchmarkProgress value) => action(value);
    }
}
