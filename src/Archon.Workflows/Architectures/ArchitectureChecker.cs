using System.Text.Json;
using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Workflows.Architectures;

/// <summary>
/// Loads an architecture JSON with <see cref="ArchitectureLoader"/>, validates it against the registered components
/// and known models, and has the runner resolve it (once: what runs later takes the resolved architecture). Errors
/// carry JSON paths.
/// </summary>
internal sealed class ArchitectureChecker
{
    private readonly IArchitectureRunner _runner;
    private readonly ArchitectureValidationContext _context;

    public ArchitectureChecker(IArchitectureRunner runner, ArchitectureValidationContext context)
    {
        _runner = runner;
        _context = context;
    }

    public ArchitectureParseResult Check(JsonElement json, string name)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return ArchitectureParseResult.Fail("$: an architecture must be a JSON object with \"name\" and \"layers\"");
        }

        var loaded = ArchitectureLoader.Parse(json.GetRawText(), name, _context);
        if (!loaded.Succeeded)
        {
            return new ArchitectureParseResult(null, [.. loaded.Errors.Select(d => $"{d.Path}: {d.Message}")]);
        }

        var architecture = loaded.Architecture!;
        if (string.IsNullOrEmpty(architecture.Name))
        {
            architecture = architecture with { Name = name };
        }

        try
        {
            return new ArchitectureParseResult(architecture, []) { Resolved = _runner.Resolve(architecture) };
        }
        catch (InvalidArchitectureException ex)
        {
            return new ArchitectureParseResult(null, ex.Problems);
        }
    }
}
