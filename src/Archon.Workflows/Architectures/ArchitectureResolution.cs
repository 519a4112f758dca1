using System.Text.Json;
using Archon.Core.Architectures;

namespace Archon.Workflows.Architectures;

/// <summary>The architecture a request names or carries inline: the config and its JSON, or why there is none.</summary>
internal sealed record ArchitectureResolution(ArchitectureConfig? Architecture, JsonElement Json, IReadOnlyList<string> Errors, bool NotFound)
{
    public bool Succeeded => Architecture is not null;
}
