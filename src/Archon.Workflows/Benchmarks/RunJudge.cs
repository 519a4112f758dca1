using System.Text.Json;
using System.Text.Json.Serialization;
using Archon.Core.Architectures;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// The judge of a run (judge-scored kinds, or MixEval in judge mode): the judge architecture's name and JSON, kept in
/// the manifest. Baseline answers, when the kind compares against them, are in <c>runs/{id}/baseline.json</c>.
/// </summary>
internal sealed record RunJudge(string Name, JsonElement Architecture, bool HasBaseline)
{
    /// <summary>The judge as validated when the request was read (not stored).</summary>
    [JsonIgnore]
    public ArchitectureConfig? Config { get; init; }
}
