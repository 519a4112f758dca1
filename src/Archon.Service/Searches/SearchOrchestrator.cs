using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archon.Search.Driver;
using Archon.Workflows.Architectures;
using Archon.Service.Benchmarks;
using Archon.Workflows.Storage;
using Archon.Service.Telemetry;
using Microsoft.Extensions.Configuration;

namespace Archon.Service.Searches;

/// <summary>
/// A search checkpointed in <c>searches/{id}/state.json</c> (ETag-guarded). Each step records finished trial runs,
/// decides the next trials (candidate searches: the listed ones, at most <c>parallel</c> at a time; space searches:
/// <see cref="SpaceSearchScheduler"/>), claims their start under the ETag, creates their benchmark runs and confirms
/// them, and completes the search with the best trial. Trial run ids derive from the search id and trial index, and
/// only the step whose write claimed a start creates that run, so repeated or concurrent steps start nothing twice. A
/// claim whose step died is taken over once it is older than the queue visibility timeout.
/// </summary>
internal sealed class SearchOrchestrator
{
    private const int MaxAttempts = 24;
    private readonly BlobJson _blobs;
    private readonly ArchonStorage _storage;
    private readonly BenchmarkOrchestrator _benchmarks;
    private readonly SearchRequestReader _requests;
    private readonly SearchSpaces _spaces;
    private readonly TimeSpan _claimTimeout;
    private readonly TimeProvider _time;

    public SearchOrchestrator(
        BlobJson blobs, ArchonStorage storage, ArchitectureStore architectures, ArchitectureChecker checker, BenchmarkOrchestrator benchmarks,
        ServiceOptions options, IConfiguration configuration, TimeProvider time)
    {
        _blobs = blobs;
        _storage = storage;
        _benchmarks = benchmarks;
        _spaces = new SearchSpaces(new ModelPrices(configuration), checker);
        _requests = new SearchRequestReader(blobs, architectures, _spaces);
        _claimTimeout = options.QueueVisibilityTimeout;
        _time = time;
    }

    public async Task<SearchStartResult> StartAsync(JsonElement body, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var read = await _requests.ReadAsync(body, id, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (read.State is null)
        {
            return new(null, read.Field, read.Errors);
        }

        await _blobs.CreateAsync(SearchPaths.State(id), read.State, cancellationToken).ConfigureAwait(false);
        await EnqueueStepAsync(id, null, cancellationToken).ConfigureAwait(false);
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

            var now = _time.GetUtcNow();
            var refreshed = new List<SearchTrial>();
            foreach (var trial in state.Trials)
            {
                refreshed.Add(await RefreshAsync(trial, cancellationToken).ConfigureAwait(false));
            }

            var (planned, finished) = Plan(state, refreshed);
            var trials = planned.Trials.ToList();
            var claims = Claim(searchId, planned, trials, now);
            var best = SearchBest.Of(trials, state.Items.GetArrayLength());
            var next = planned with
            {
                Trials = trials,
                Status = finished ? (best is null ? "failed" : "completed") : "running",
                Best = best?.Index,
                Error = finished && best is null ? "no trial completed" : null,
                UpdatedAt = now,
            };
            // A step that learns nothing new (a duplicate, or one racing the step that already recorded it) writes nothing.
            var unchanged = claims.Count == 0
                && JsonSerializer.Serialize(next with { UpdatedAt = state.UpdatedAt }, ServiceJson.Options) == JsonSerializer.Serialize(state, ServiceJson.Options);
            if (!unchanged && !await _blobs.ReplaceAsync(SearchPaths.State(searchId), next, etag, cancellationToken).ConfigureAwait(false))
            {
                // Another step changed the state: look again, after a short random pause so racing steps spread out.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * Math.Min(attempt + 2, 16))), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (claims.Count > 0)
            {
                var items = state.Items.Deserialize<List<BenchmarkInputItem>>(ServiceJson.Options)!;
                foreach (var trial in claims)
                {
                    IReadOnlyList<BenchmarkInputItem> prefix = trial.Items is { } n && n < items.Count ? items.Take(n).ToList() : items;
                    await _benchmarks.CreateRunAsync(trial.RunId!, state.Dataset, trial.Architecture, trial.Config, prefix, searchId, state.Judge, state.Baseline, cancellationToken)
                        .ConfigureAwait(false);
                }

                await ConfirmAsync(searchId, claims, cancellationToken).ConfigureAwait(false);
            }

            // Another step's claim that is not ours to take over yet: look again once it may have been abandoned.
            if (trials.Where(t => t.Status == TrialStatuses.Starting && !claims.Any(c => c.Index == t.Index)).Select(t => t.StartedAt).Min() is { } oldest)
            {
                await EnqueueStepAsync(searchId, oldest + _claimTimeout - now + TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
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

    private (SearchState State, bool Finished) Plan(SearchState state, IReadOnlyList<SearchTrial> trials)
    {
        if (state.Plan is null)
        {
            return (state with { Trials = trials }, trials.All(t => t.IsFinished));
        }

        var advance = SpaceSearchScheduler.Advance(
            _spaces.Get(state.Plan.Space, state.Plan.Fingerprint), state.Plan, state.Items.GetArrayLength(), state.Parallel, trials, state.Events ?? [], state.StopReason);
        return (state with { Trials = advance.Trials, Events = advance.Events, StopReason = advance.StopReason }, advance.Finished);
    }

    // Pending trials start (a candidate search keeps at most `parallel` in flight; a space search's scheduler already
    // did); a claim older than the visibility timeout belongs to a step that died and is taken over.
    private List<SearchTrial> Claim(string searchId, SearchState state, List<SearchTrial> trials, DateTimeOffset now)
    {
        var claims = new List<SearchTrial>();
        var inFlight = trials.Count(t => t.Status is TrialStatuses.Starting or TrialStatuses.Running);
        for (var i = 0; i < trials.Count; i++)
        {
            var trial = trials[i];
            var abandoned = trial.Status == TrialStatuses.Starting && (trial.StartedAt is not { } started || now - started >= _claimTimeout);
            var startable = trial.Status == TrialStatuses.Pending && (state.Plan is not null || inFlight < state.Parallel);
            if (abandoned || startable)
            {
                trials[i] = trial with { Status = TrialStatuses.Starting, RunId = TrialRunId(searchId, i), StartedAt = now };
                claims.Add(trials[i]);
                inFlight += startable ? 1 : 0;
            }
        }

        return claims;
    }

    // starting → running for the claims this step made, unless another step took them over meanwhile.
    private async Task ConfirmAsync(string searchId, List<SearchTrial> claims, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (state, etag) = await _blobs.ReadAsync<SearchState>(SearchPaths.State(searchId), cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                return;
            }

            var trials = state.Trials.ToList();
            var changed = false;
            foreach (var claim in claims)
            {
                var t = trials[claim.Index];
                if (t.Status == TrialStatuses.Starting && t.StartedAt == claim.StartedAt)
                {
                    trials[claim.Index] = t with { Status = TrialStatuses.Running };
                    changed = true;
                }
            }

            if (!changed || await _blobs.ReplaceAsync(SearchPaths.State(searchId), state with { Trials = trials }, etag, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new InvalidOperationException($"search {searchId}: could not confirm started trials under {MaxAttempts} attempts");
    }

    private async Task<SearchTrial> RefreshAsync(SearchTrial trial, CancellationToken cancellationToken)
    {
        if (trial.Status is not (TrialStatuses.Starting or TrialStatuses.Running) || trial.RunId is null)
        {
            return trial;
        }

        var run = await _benchmarks.GetStatusAsync(trial.RunId, cancellationToken).ConfigureAwait(false);
        return run?.Status switch
        {
            "completed" => trial with
            {
                Status = TrialStatuses.Completed, Score = run.Summary!.Score, Ci95 = run.Summary.Ci95, CostUsd = run.Summary.CostUsd, Calls = run.Summary.Calls,
            },
            "failed" => trial with { Status = TrialStatuses.Failed, Error = run.Error },

            // A confirmed run that is gone is started again; an unconfirmed one is its claimer's until the claim times out.
            null when trial.Status == TrialStatuses.Running => trial with { Status = TrialStatuses.Starting, StartedAt = null },
            _ => trial,
        };
    }

    private Task EnqueueStepAsync(string id, TimeSpan? delay, CancellationToken cancellationToken) =>
        _storage.Queue(StorageNames.SearchStepQueue).SendMessageAsync(
            JsonSerializer.Serialize(new SearchStepMessage(id), ServiceJson.Options), delay is { } d && d > TimeSpan.Zero ? d : null, null, cancellationToken);

    /// <summary>The benchmark run id of trial <paramref name="index"/> of search <paramref name="searchId"/>.</summary>
    internal static string TrialRunId(string searchId, int index) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{searchId}/{index}")))[..32];
}
