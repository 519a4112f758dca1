namespace Archon.Cli.Commands;

/// <summary>The options of <c>archon serve</c>.</summary>
internal sealed record ServeOptions(string Urls, bool Azurite, string? AzuriteLocation, bool Simulate, int? SimLatencyMs, bool Insecure = false);
