using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Workflows.Architectures;

/// <summary>A parsed architecture, or the errors (each starting with its JSON path).</summary>
internal sealed record ArchitectureParseResult(ArchitectureConfig? Architecture, IReadOnlyList<string> Errors)
{
    /// <summary>The architecture as the runner resolved it, ready to run; null when it is invalid.</summary>
    public ResolvedArchitecture? Resolved { get; init; }

    public static ArchitectureParseResult Fail(string error) => new(null, [error]);
}
