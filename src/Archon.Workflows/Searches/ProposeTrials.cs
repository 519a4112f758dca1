using Microsoft.DurableTask;

namespace Archon.Workflows.Searches;

/// <summary>
/// Activity: the strategy, given the finished trials, tells their results and proposes the next points (deterministic
/// from the seed and the recorded events; see <see cref="SearchScheduler"/>).
/// </summary>
internal sealed class ProposeTrials(SearchScheduler scheduler) : TaskActivity<ProposeRequest, SearchAdvance>
{
    public const string Name = nameof(ProposeTrials);

    public override Task<SearchAdvance> RunAsync(TaskActivityContext context, ProposeRequest input) => Task.FromResult(RunAsync(input));

    public SearchAdvance RunAsync(ProposeRequest input) => scheduler.Advance(input);
}
