using Archon.Workflows.Storage;

namespace Archon.Service.Http;

/// <summary>
/// Whether storage answers, checked at most every <see cref="Period"/> with a short timeout and shared by concurrent
/// callers, so <c>GET /api/health</c> reflects an outage within <see cref="Period"/> + <see cref="Timeout"/> and never
/// hangs, however often it is called.
/// </summary>
internal sealed class StorageProbe(ArchonStorage storage, TimeProvider time)
{
    /// <summary>How long a result is reused.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    /// <summary>How long one check may take before storage counts as unavailable.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private Task<StorageProbeResult>? _check;
    private StorageProbeResult? _last;

    /// <summary>The last result if it is recent, else the result of a check (one at a time).</summary>
    public Task<StorageProbeResult> CheckAsync() => CheckAsync(Period);

    /// <summary>The last result if it is younger than <paramref name="maxAge"/>, else the result of a check (one at a time).</summary>
    public Task<StorageProbeResult> CheckAsync(TimeSpan maxAge)
    {
        lock (_gate)
        {
            if (_last is { } last && time.GetUtcNow() - last.CheckedAt < maxAge)
            {
                return Task.FromResult(last);
            }

            return _check ??= RunAsync();
        }
    }

    private async Task<StorageProbeResult> RunAsync()
    {
        var result = await ProbeAsync().ConfigureAwait(false);
        lock (_gate)
        {
            _last = result;
            _check = null;
        }

        return result;
    }

    private async Task<StorageProbeResult> ProbeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout, time);
        try
        {
            await storage.EnsureCreatedAsync(timeout.Token).ConfigureAwait(false);
            await storage.Container.GetPropertiesAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
            return new StorageProbeResult(null, time.GetUtcNow());
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new StorageProbeResult($"no answer within {Timeout.TotalSeconds:0} s", time.GetUtcNow());
        }
        catch (Exception ex) when (StorageFailures.Describe(ex) is not null)
        {
            return new StorageProbeResult(StorageFailures.Describe(ex), time.GetUtcNow());
        }
    }
}
