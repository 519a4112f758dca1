using Archon.Core.Architectures;

namespace Archon.Workflows.Architectures;

/// <summary>A parsed architecture, or the errors (each starting with its JSON path).</summary>
internal sealed record ArchitectureParseResult(ArchitectureConfig? Architecture, IReadOnlyList<string> Errors)
{
    public static ArchitectureParseResult Fail(string error) => new(null, [error]);
}
