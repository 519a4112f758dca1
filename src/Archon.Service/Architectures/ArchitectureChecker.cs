using System.Text.Json;
using Archon.Core.Execution;

namespace Archon.Service.Architectures;

/// <summary>Parses an architecture and checks that it can run here (component types and models known).</summary>
internal sealed class ArchitectureChecker
{
    private readonly IArchitectureRunner _runner;

    public ArchitectureChecker(IArchitectureRunner runner)
    {
        _runner = runner;
    }

    public ArchitectureParseResult Check(JsonElement json, string name)
    {
        var parsed = ArchitectureParser.Parse(json, name);
        if (parsed.Architecture is null)
        {
            return parsed;
        }

        var problems = _runner is IArchitectureProblemFinder finder ? finder.FindProblems(parsed.Architecture) : [];
        return problems.Count == 0 ? parsed : new ArchitectureParseResult(null, problems);
    }
}
