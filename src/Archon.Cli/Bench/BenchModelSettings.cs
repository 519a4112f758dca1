namespace Archon.Cli.Bench;

/// <summary>How the bench commands set up models: the shared catalog options.</summary>
internal sealed record BenchModelSettings(string? CatalogPath, bool Simulate, int? SimLatencyMs);
