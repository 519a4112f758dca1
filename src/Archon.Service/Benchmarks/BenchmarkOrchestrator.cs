using System.Collections.Concurrent;
using System.Text.Json;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Workflows.Architectures;
using Archon.Workflows.Storage;
using Archon.Service.Telemetry;

namespace Archon.Service.Benchmarks;

/// <summary>
/// A benchmark run checkpointed on Storage: the manifest and input blobs, one work message per shard, one result
/// blob per item (an item that already has one is skipped), and a fan-in step that writes the summary once every
/// result exists. Each step is idempotent, so redelivered messages and killed processes lose and double nothing.
/// Request items are read by <see cref="BenchmarkRequestReader"/> and evaluated by <see cref="BenchmarkItemWorker"/>.
/// </summary>
internal sealed class BenchmarkOrchestrator
{
    private readonly BlobJson _blobs;
    private readonly ArchonStorage _storage;
    private readonly ArchitectureStore _architectures;
    private readonly ArchitectureChecker _checker;
    private readonly IArchitectureRunner _runner;
    private readonly ServiceOptions _options;
    private readonly TimeProvider _time;
    private readonly BenchmarkRequestReader _requests;
    private readonly BenchmarkItemWorker _worker;
    private readonly BenchmarkJudgeReader _judges;
    private readonly ConcurrentDictionary<string, LoadedRun> _runs = new();

    public BenchmarkOrchestrator(
        BlobJson blobs, ArchonStorage storage, ArchitectureStore architectures, ArchitectureChecker checker, IArchitectureRunner runner,
        ServiceOptions options, TimeProvider time)
    {
        _blobs = blobs;
        _storage = storage;
        _architectures = architectures;
        _checker = checker;
        _runner = runner;
        _options = options;
        _time = time;
        _requests = new BenchmarkRequestReader(blobs);
        _worker = new BenchmarkItemWorker(blobs, runner, time, new ItemClaims(blobs, time, options.QueueVisibilityTimeout));
        _judges = new BenchmarkJudgeReader(blobs, architectures);
    }

    public async Task<BenchmarkStartResult> StartAsync(JsonElement body, CancellationToken cancellationToken)
    {
        if (!body.TryGetProperty("architecture", out var spec))
        {
            return new(null, "architecture", ["required: the name of a saved architecture or an architecture object"]);
        }

        var resolved = await _architectures.ResolveAsync(spec, cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return new(null, "architecture", resolved.Errors);
        }

        var dataset = body.TryGetProperty("dataset", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "inline";
        var (judge, baseline, judgeField, judgeErrors) = await _judges.ReadAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (judgeField is not null)
        {
            return new(null, judgeField, judgeErrors);
        }

        var (items, field, error) = await _requests.ReadItemsAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (items is null)
        {
            return new(null, field, [error!]);
        }

        if (body.TryGetProperty("limit", out var limit))
        {
            if (limit.ValueKind != JsonValueKind.Number || !limit.TryGetInt32(out var n) || n < 1)
            {
                return new(null, "limit", ["must be a positive integer"]);
            }

            items = [.. items.Take(n)];
        }

        var id = Guid.NewGuid().ToString("N");
        await CreateRunAsync(id, dataset, resolved.Architecture!.Name, resolved.Json, items, null, judge, baseline, cancellationToken).ConfigureAwait(false);
        return new(id, null, []);
    }

    /// <summary>Writes the run's input and manifest and queues one message per shard.</summary>
    public Task CreateRunAsync(
        string id, string dataset, string architectureName, JsonElement architecture, IReadOnlyList<BenchmarkInputItem> items, string? searchId,
        CancellationToken cancellationToken) =>
        CreateRunAsync(id, dataset, architectureName, architecture, items, searchId, null, null, cancellationToken);

    /// <summary>Writes the run's input, baseline and manifest and queues one message per shard.</summary>
    public async Task CreateRunAsync(
        string id, string dataset, string architectureName, JsonElement architecture, IReadOnlyList<BenchmarkInputItem> items, string? searchId,
        RunJudge? judge, IReadOnlyDictionary<string, string>? baseline, CancellationToken cancellationToken)
    {
        var shardSize = _options.BenchShardSize;
        var shards = (items.Count + shardSize - 1) / shardSize;
        var manifest = new BenchmarkManifest(id, dataset, architectureName, architecture, items.Count, shardSize, shards, _time.GetUtcNow(), searchId, judge);

        // Input (and baseline) first, manifest last: a manifest always has its inputs. Messages go out after all exist.
        if (judge is { HasBaseline: true })
        {
            await _blobs.WriteAsync(RunPaths.Baseline(id), baseline ?? new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        }

        await _blobs.WriteAsync(RunPaths.Input(id), items, cancellationToken).ConfigureAwait(false);
        await _blobs.WriteAsync(RunPaths.Manifest(id), manifest, cancellationToken).ConfigureAwait(false);
        var queue = _storage.Queue(StorageNames.BenchWorkQueue);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, shards),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (shard, ct) => await queue.SendMessageAsync(JsonSerializer.Serialize(new BenchWorkMessage(id, shard), ServiceJson.Options), ct)
                .ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>Evaluates every item of a shard that has no result yet, then asks for a fan-in.</summary>
    public async Task ProcessShardAsync(BenchWorkMessage message, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.Source.StartActivity("benchmark shard");
        activity?.SetTag("archon.run.id", message.RunId);
        activity?.SetTag("archon.run.shard", message.Shard);
        if (await IsFinishedAsync(message.RunId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var run = await LoadRunAsync(message.RunId, cancellationToken).ConfigureAwait(false);
        var shard = run.Items.Skip(message.Shard * run.Manifest.ShardSize).Take(run.Manifest.ShardSize).ToList();
        if (shard.Count == 0)
        {
            throw new InvalidOperationException($"run {message.RunId} has no shard {message.Shard} (it has {run.Manifest.Shards})");
        }

        await Task.WhenAll(shard.Select(item => _worker.EvaluateOnceAsync(message.RunId, run.Manifest.Dataset, run.Architecture, item, run.JudgedScorer, cancellationToken)))
            .ConfigureAwait(false);
        await _storage.Queue(StorageNames.BenchFanInQueue)
            .SendMessageAsync(JsonSerializer.Serialize(new BenchFanInMessage(message.RunId), ServiceJson.Options), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Writes the summary when every item has a result; otherwise does nothing (a later fan-in will).</summary>
    public async Task FanInAsync(BenchFanInMessage message, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.Source.StartActivity("benchmark fan-in");
        activity?.SetTag("archon.run.id", message.RunId);
        if (await _blobs.ExistsAsync(RunPaths.Failed(message.RunId), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var manifest = await _blobs.GetAsync<BenchmarkManifest>(RunPaths.Manifest(message.RunId), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"run {message.RunId}: manifest {RunPaths.Manifest(message.RunId)} is missing");
        if (await _blobs.ExistsAsync(RunPaths.Summary(message.RunId), cancellationToken).ConfigureAwait(false))
        {
            // Written by an earlier delivery that may have died before telling its search.
            await NotifySearchAsync(manifest, cancellationToken).ConfigureAwait(false);
            return;
        }
        var names = await _blobs.ListAsync(RunPaths.ItemsPrefix(message.RunId), cancellationToken).ConfigureAwait(false);
        if (names.Count < manifest.Total)
        {
            return;
        }

        var all = await RunResults.ReadAsync(_blobs, names, cancellationToken).ConfigureAwait(false);
        var computed = BenchmarkSummary.Compute(all.Select(r => r.ToItemResult()));
        var summary = new BenchmarkSummaryDocument(
            computed.Items, computed.Score, computed.Ci95, computed.Errors, computed.CostUsd, computed.InputTokens, computed.OutputTokens,
            all.Sum(r => r.Calls), all.Count == 0 ? 0 : all.Average(r => r.LatencyMs), _time.GetUtcNow(),
            computed.Correct, computed.Unscored, computed.LatencyP50Ms, computed.LatencyP95Ms, all.Sum(r => r.JudgeCalls));
        await _blobs.CreateAsync(RunPaths.Summary(message.RunId), summary, cancellationToken).ConfigureAwait(false);
        await NotifySearchAsync(manifest, cancellationToken).ConfigureAwait(false);
    }

    private async Task NotifySearchAsync(BenchmarkManifest manifest, CancellationToken cancellationToken)
    {
        if (manifest.SearchId is not null)
        {
            await _storage.Queue(StorageNames.SearchStepQueue)
                .SendMessageAsync(JsonSerializer.Serialize(new Searches.SearchStepMessage(manifest.SearchId), ServiceJson.Options), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async Task<BenchmarkStatus?> GetStatusAsync(string id, CancellationToken cancellationToken)
    {
        var manifest = await _blobs.GetAsync<BenchmarkManifest>(RunPaths.Manifest(id), cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return null;
        }

        var summary = await _blobs.GetAsync<BenchmarkSummaryDocument>(RunPaths.Summary(id), cancellationToken).ConfigureAwait(false);
        var failure = await _blobs.GetAsync<BenchmarkFailure>(RunPaths.Failed(id), cancellationToken).ConfigureAwait(false);
        var done = summary?.Items ?? (await _blobs.ListAsync(RunPaths.ItemsPrefix(id), cancellationToken).ConfigureAwait(false)).Count;
        var status = failure is not null ? "failed" : summary is not null ? "completed" : done > 0 ? "running" : "queued";
        return new BenchmarkStatus(id, status, manifest.Dataset, manifest.ArchitectureName, new BenchmarkProgress(done, manifest.Total), summary, failure?.Reason);
    }

    /// <summary>Marks a run failed (first reason wins); later work messages for it are dropped.</summary>
    public async Task MarkFailedAsync(string runId, string reason, CancellationToken cancellationToken)
    {
        await _blobs.CreateAsync(RunPaths.Failed(runId), new BenchmarkFailure(reason, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var manifest = await _blobs.GetAsync<BenchmarkManifest>(RunPaths.Manifest(runId), cancellationToken).ConfigureAwait(false);
        if (manifest is not null)
        {
            await NotifySearchAsync(manifest, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsFinishedAsync(string runId, CancellationToken cancellationToken) =>
        await _blobs.ExistsAsync(RunPaths.Summary(runId), cancellationToken).ConfigureAwait(false)
        || await _blobs.ExistsAsync(RunPaths.Failed(runId), cancellationToken).ConfigureAwait(false);

    private async Task<LoadedRun> LoadRunAsync(string runId, CancellationToken cancellationToken)
    {
        if (_runs.TryGetValue(runId, out var cached))
        {
            return cached;
        }

        var manifest = await _blobs.GetAsync<BenchmarkManifest>(RunPaths.Manifest(runId), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"run {runId}: manifest {RunPaths.Manifest(runId)} is missing");
        var items = await _blobs.GetAsync<List<BenchmarkInputItem>>(RunPaths.Input(runId), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"run {runId}: input {RunPaths.Input(runId)} is missing");
        var parsed = _checker.Check(manifest.Architecture, manifest.ArchitectureName);
        var architecture = parsed.Architecture
            ?? throw new InvalidOperationException($"run {runId}: its architecture no longer validates: {string.Join("; ", parsed.Errors)}");
        var judged = await JudgedScorerAsync(runId, manifest, cancellationToken).ConfigureAwait(false);
        if (_runs.Count > 64)
        {
            _runs.Clear();
        }

        var run = new LoadedRun(manifest, architecture, items, judged);
        _runs[runId] = run;
        return run;
    }

    private async Task<IScorer?> JudgedScorerAsync(string runId, BenchmarkManifest manifest, CancellationToken cancellationToken)
    {
        if (manifest.Judge is not { } judge)
        {
            return null;
        }

        var parsed = _checker.Check(judge.Architecture, judge.Name);
        var config = parsed.Architecture
            ?? throw new InvalidOperationException($"run {runId}: its judge no longer validates: {string.Join("; ", parsed.Errors)}");
        var baseline = judge.HasBaseline
            ? await _blobs.GetAsync<Dictionary<string, string>>(RunPaths.Baseline(runId), cancellationToken).ConfigureAwait(false)
              ?? throw new InvalidOperationException($"run {runId}: baseline {RunPaths.Baseline(runId)} is missing")
            : null;
        return Scorers.ForKind(manifest.Dataset, new ScorerOptions
        {
            Judge = config,
            JudgeRunner = _runner,
            BaselineAnswers = baseline,
            MixEvalUseJudge = manifest.Dataset == DatasetKinds.MixEval,
        });
    }

    private sealed record LoadedRun(BenchmarkManifest Manifest, ArchitectureConfig Architecture, List<BenchmarkInputItem> Items, IScorer? JudgedScorer);
}
