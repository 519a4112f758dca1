using System.Diagnostics;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Benchmarks.Running;

/// <summary>
/// Runs an architecture over a dataset: bounded concurrency over items, per-item isolation (an item that fails is
/// recorded, the run goes on), progress after every item, and results appended per item to a JSONL file so an
/// interrupted run resumes where it stopped.
/// </summary>
public sealed class BenchmarkRunner
{
    private readonly IArchitectureRunner _runner;
    private readonly IScorer _scorer;
    private readonly ILogger _logger;

    /// <summary>Creates a runner that asks <paramref name="runner"/> and scores with <paramref name="scorer"/>.</summary>
    public BenchmarkRunner(IArchitectureRunner runner, IScorer scorer, ILogger? logger = null)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _scorer = scorer ?? throw new ArgumentNullException(nameof(scorer));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Evaluates <paramref name="items"/> and returns every result and the summary.</summary>
    public async Task<BenchmarkRunResult> RunAsync(
        IReadOnlyList<BenchmarkItem> items,
        ArchitectureConfig architecture,
        BenchmarkRunOptions? options = null,
        IProgress<BenchmarkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(architecture);
        options ??= new BenchmarkRunOptions();
        options.Validate();
        var resolved = ResolveOnce(architecture);

        var previous = options.ResultsPath is null ? new Dictionary<string, ItemResult>() : ResultsFile.Read(options.ResultsPath);
        var results = new ItemResult?[items.Count];
        var pending = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (previous.TryGetValue(items[i].Id, out var done))
            {
                results[i] = done;
            }
            else
            {
                pending.Add(i);
            }
        }

        var resumed = items.Count - pending.Count;
        if (resumed > 0)
        {
            BenchmarkLog.Resumed(_logger, resumed, items.Count, options.ResultsPath!);
        }

        var state = new ProgressState(items.Count, resumed, results.Where(r => r is not null).ToList()!, options.TimeProvider);
        progress?.Report(state.Snapshot());
        using var writer = options.ResultsPath is null ? null : OpenForAppend(options.ResultsPath);
        var writeLock = new object();

        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                var result = await ItemEvaluator.EvaluateAsync(items[index], resolved, _runner, _scorer, options.QueryOptions, ct)
                    .ConfigureAwait(false);
                results[index] = result;
                if (result.Error is not null)
                {
                    BenchmarkLog.ItemFailed(_logger, result.ItemId, result.Error);
                }
                else if (result.Score is null)
                {
                    BenchmarkLog.ItemUnscored(_logger, result.ItemId, result.Detail);
                }
                BenchmarkProgress snapshot;
                lock (writeLock)
                {
                    if (writer is not null)
                    {
                        writer.WriteLine(ResultsFile.ToLine(result));
                        writer.Flush();
                    }

                    snapshot = state.Add(result);
                }

                progress?.Report(snapshot);
            }).ConfigureAwait(false);

        var all = results.Select(r => r!).ToList();
        return new BenchmarkRunResult(all, BenchmarkSummary.Compute(all, options.Seed), resumed);
    }

    private static StreamWriter OpenForAppend(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var needsNewline = false;
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            using var fs = File.OpenRead(path);
            fs.Seek(-1, SeekOrigin.End);
            needsNewline = fs.ReadByte() != '\n';
        }

        var writer = new StreamWriter(path, append: true) { NewLine = "\n" };
        if (needsNewline)
        {
            // The previous run stopped mid-line; end that torn line so the next result starts clean.
            writer.WriteLine();
        }

        return writer;
    }

    private sealed class ProgressState
    {
        private readonly int _total;
        private readonly int _resumed;
        private readonly TimeProvider _time;
        private readonly long _started;
        private int _done;
        private int _errors;
        private decimal _cost;

        public ProgressState(int total, int resumed, List<ItemResult> previous, TimeProvider time)
        {
            _total = total;
            _resumed = resumed;
            _time = time;
            _started = time.GetTimestamp();
            _done = resumed;
            _errors = previous.Count(r => r.Error is not null);
            _cost = previous.Sum(r => r.CostUsd);
        }

        public BenchmarkProgress Add(ItemResult result)
        {
            _done++;
            _errors += result.Error is null ? 0 : 1;
            _cost += result.CostUsd;
            return Snapshot();
        }

        public BenchmarkProgress Snapshot()
        {
            var elapsed = _time.GetElapsedTime(_started);
            var ranHere = _done - _resumed;
            TimeSpan? eta = ranHere > 0 ? elapsed / ranHere * (_total - _done) : null;
            Debug.Assert(_done <= _total, "more results than items");
            return new BenchmarkProgress(_done, _total, _errors, _cost, elapsed, eta);
        }
    }

    // Checked and resolved once for the whole run; an architecture that cannot run is left to each item to record.
    private ResolvedArchitecture ResolveOnce(ArchitectureConfig architecture)
    {
        try
        {
            return _runner.Resolve(architecture);
        }
        catch (InvalidArchitectureException)
        {
            return ResolvedArchitecture.Unresolved(architecture);
        }
    }
}
