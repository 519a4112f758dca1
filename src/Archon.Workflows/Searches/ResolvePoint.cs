using Archon.Core.Architectures;
using Microsoft.DurableTask;

namespace Archon.Workflows.Searches;

/// <summary>Activity: the architecture of a feasible point of a space search (the best trial's, for its held-out run).</summary>
internal sealed class ResolvePoint(SearchSpaces spaces) : TaskActivity<ResolvePointRequest, ArchitectureConfig>
{
    public const string Name = nameof(ResolvePoint);

    public override Task<ArchitectureConfig> RunAsync(TaskActivityContext context, ResolvePointRequest input) => Task.FromResult(RunAsync(input));

    public ArchitectureConfig RunAsync(ResolvePointRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return spaces.Get(input.Plan.Space, input.Plan.Fingerprint).Feasible[input.PointIndex].Architecture;
    }
}
