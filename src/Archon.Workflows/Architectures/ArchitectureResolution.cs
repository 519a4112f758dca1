using System.Text.Json;
using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Workflows.Architectures;

/// <summary>The architecture a request names or carries inline: the config and its JSON, or why there is none.</summary>
internal sealed record ArchitectureResolution(ArchitectureConfig? Architecture, JsonElement Json, IReadOnlyList<string> Errors, bool NotFound)
{
    /// <summary>The architecture as the runner resolved it, ready to run; null when there is none.</summary>
    public ResolvedArchitecture? Resolved { get; init; }

    public bool Succeeded => Architecture is not null;
}
