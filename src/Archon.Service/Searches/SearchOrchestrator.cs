using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archon.Service.Architectures;
using Archon.Service.Benchmarks;
using Archon.Service.Storage;
using Archon.Service.Telemetry;

namespace Archon.Service.Searches;

/// <summary>
/// A search over candidate architectures, checkpointed in <c>searches/{id}/state.json</c> (ETag-guarded). Each step
/// records finished trial runs, starts the next trials (at most <c>parallel</c> at a time) and completes the search
/// with the best trial. Trial run ids derive from the search id and trial index, so a repeated step starts nothing twice.
/// </summary>
internal sealed class SearchOrchestrator
{
    private const int MaxAttempts = 8;
    private readonly BlobJson _blobs;
    private readonly ArchonStorage _storage;
    private readonly ArchitectureStore _architectures;
    private readonly BenchmarkOrchestrator _benchmarks;
    private readonly TimeProvider _time;

    public SearchOrchestrator(BlobJson blobs, ArchonStorage storage, ArchitectureStore architectures, BenchmarkOrchestrator benchmarks, TimeProvider time)
    {
        _blobs = blobs;
        _storage = storage;
        _architectures = architectures;
        _benchmarks = benchmarks;
        _time = time;
    }

    public async Task<SearchStartResult> StartAsync(JsonElement body, CancellationToken cancellationToken)
    {
        if (!body.TryGetProperty("architectures", out var candidates) || candidates.ValueKind != JsonValueKind.Array || candidates.GetArrayLength() == 0)
        {
            return new(null, "architectures", ["required: a non-empty array of candidate architectures (names or objects)"]);
        }

        var trials = new List<SearchTrial>();
        var i = 0;
        foreach (var candidate in candidates.EnumerateArray())
        {
            var resolved = await _architectures.ResolveAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (!resolved.Succeeded)
            {
                return new(null, $"architectures[{i}]", resolved.Errors);
            }

            trials.Add(new SearchTrial(i, resolved.Architecture!.Name, resolved.Json, null, "pending", null, null, null, null));
            i++;
        }

        List<BenchmarkInputItem>? items;
        string? error;
        if (body.TryGetProperty("items", out var inline))
        {
            (items, error) = BenchmarkItemsReader.FromJson(inline, "items");
        }
        else
        {
            return new(null, "items", ["required: an array of {\"question\", \"answer\"} objects to score the candidates on"]);
        }

        if (items is null)
        {
            return new(null, "items", [error!]);
        }

        var parallel = 2;
        if (body.TryGetProperty("parallel", out var p))
        {
            if (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out parallel) || parallel < 1 || parallel > 64)
            {
                return new(null, "parallel", ["must be an integer from 1 to 64"]);
            }
        }

        var dataset = body.TryGetProperty("dataset", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "inline";
        var id = Guid.NewGuid().ToString("N");
        var now = _time.GetUtcNow();
        var state = new SearchState(id, "queued", dataset, JsonSerializer.SerializeToElement(items, ServiceJson.Options), parallel, trials, null, null, now, now);
        await _blobs.CreateAsync(SearchPaths.State(id), state, cancellationToken).ConfigureAwait(false);
        await EnqueueStepAsync(id, cancellationToken).ConfigureAwait(false);
        return new(id, null, []);
    }

    public Task<SearchState?> GetAsync(string id, CancellationToken cancellationToken) =>
        _blobs.GetAsync<SearchState>(SearchPaths.State(id), cancellationToken);

    /// <summary>Advances a search; safe to run any number of times, concurrently too (the ETag serialises writers).</summary>
    public async Task StepAsync(string searchId, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.Source.StartActivity("search step");
        activity?.SetTag("archon.search.id", searchId);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (state, etag) = await _blobs.ReadAsync<SearchState>(SearchPaths.State(searchId), cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                throw new InvalidOperationException($"search {searchId}: state {SearchPaths.State(searchId)} is missing");
            }

            if (state.Status is "completed" or "failed")
            {
                return;
            }

            var trials = new List<SearchTrial>();
            foreach (var trial in state.Trials)
            {
                trials.Add(await RefreshAsync(trial, cancellationToken).ConfigureAwait(false));
            }

            var running = trials.Count(t => t.Status == "running");
            var toStart = new List<SearchTrial>();
            for (var i = 0; i < trials.Count && running < state.Parallel; i++)
            {
                if (trials[i].Status == "pending")
                {
                    trials[i] = trials[i] with { Status = "running", RunId = TrialRunId(searchId, i) };
                    toStart.Add(trials[i]);
                    running++;
                }
            }

            var finished = trials.All(t => t.Status is "completed" or "failed");
            var best = trials.Where(t => t.Status == "completed").OrderByDescending(t => t.Score).ThenBy(t => t.CostUsd).ThenBy(t => t.Index).FirstOrDefault();
            var status = finished ? (best is null ? "failed" : "completed") : "running";
            var next = state with
            {
                Status = status,
                Trials = trials,
                Best = best?.Index,
                Error = finished && best is null ? "every trial failed" : null,
                UpdatedAt = _time.GetUtcNow(),
            };
            if (!await _blobs.ReplaceAsync(SearchPaths.State(searchId), next, etag, cancellationToken).ConfigureAwait(false))
            {
                continue; // another step changed the state: look again.
            }

            var items = state.Items.Deserialize<List<BenchmarkInputItem>>(ServiceJson.Options)!;
            foreach (var trial in toStart)
            {
                await _benchmarks.CreateRunAsync(trial.RunId!, state.Dataset, trial.Architecture, trial.Config, items, searchId, cancellationToken)
                    .ConfigureAwait(false);
            }

            return;
        }

        throw new InvalidOperationException($"search {searchId}: state kept changing under {MaxAttempts} attempts");
    }

    public async Task MarkFailedAsync(string searchId, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (state, etag) = await _blobs.ReadAsync<SearchState>(SearchPaths.State(searchId), cancellationToken).ConfigureAwait(false);
            if (state is null || state.Status is "completed" or "failed")
            {
                return;
            }

            if (await _blobs.ReplaceAsync(SearchPaths.State(searchId), state with { Status = "failed", Error = reason, UpdatedAt = _time.GetUtcNow() }, etag, cancellationToken)
                    .ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<SearchTrial> RefreshAsync(SearchTrial trial, CancellationToken cancellationToken)
    {
        if (trial.Status != "running" || trial.RunId is null)
        {
            return trial;
        }

        var run = await _benchmarks.GetStatusAsync(trial.RunId, cancellationToken).ConfigureAwait(false);
        return run?.Status switch
        {
            "completed" => trial with { Status = "completed", Score = run.Summary!.Score, Ci95 = run.Summary.Ci95, CostUsd = run.Summary.CostUsd },
            "failed" => trial with { Status = "failed", Error = run.Error },
            null => trial with { Status = "pending", RunId = null }, // the step that started it died before creating the run
            _ => trial,
        };
    }

    private Task EnqueueStepAsync(string id, CancellationToken cancellationToken) =>
        _storage.Queue(StorageNames.SearchStepQueue).SendMessageAsync(JsonSerializer.Serialize(new SearchStepMessage(id), ServiceJson.Options), cancellationToken);

    private static string TrialRunId(string searchId, int index) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{searchId}/{index}")))[..32];
}
