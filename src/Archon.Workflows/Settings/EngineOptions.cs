namespace Archon.Workflows.Settings;

/// <summary>The models the engine runs on (section <c>Archon</c>; environment variables <c>Archon__X</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>Model catalog as inline JSON.</summary>
    public string? ModelCatalog { get; set; }

    /// <summary>Model catalog as a file path (relative to the app folder).</summary>
    public string? ModelCatalogPath { get; set; }

    /// <summary>Run every model as a simulated model; default false.</summary>
    public bool Simulate { get; set; }

    /// <summary>Latency of simulated calls in milliseconds, 0–600000; default: the simulator's own.</summary>
    public int? SimLatencyMs { get; set; }

    /// <summary>The shared response cache in blobs for real models; default true.</summary>
    public bool BlobCache { get; set; } = true;

    public IEnumerable<string> Problems()
    {
        if (SimLatencyMs is { } latency && SettingRule.Range(nameof(SimLatencyMs), latency, 0, 600_000) is { } problem)
        {
            yield return problem;
        }
    }
}
