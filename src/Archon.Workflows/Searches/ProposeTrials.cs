using Archon.Search.Driver;
using Archon.Search.Strategies;
using Microsoft.DurableTask;

namespace Archon.Workflows.Searches;

/// <summary>
/// Activity: the strategy, given the finished trials, tells their results and proposes the next points (deterministic
/// from the seed and the recorded events; the decisions are <see cref="SearchScheduler"/>'s, as in <c>archon search</c>).
/// </summary>
internal sealed class ProposeTrials(SearchScheduler scheduler, SearchSpaces spaces) : TaskActivity<ProposeRequest, SearchAdvance>
{
    public const string Name = nameof(ProposeTrials);

    public override Task<SearchAdvance> RunAsync(TaskActivityContext context, ProposeRequest input) => Task.FromResult(RunAsync(input));

    public SearchAdvance RunAsync(ProposeRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = input.Plan;
        var space = spaces.Get(plan.Space, plan.Fingerprint);
        var step = scheduler.Advance(
            new SearchPosition
            {
                SearchId = input.SearchId,
                NewStrategy = () => StrategyFactory.Create(
                    plan.Strategy, space, input.SearchItems, new StrategyOptions { Seed = plan.Seed, MixSeed = plan.SeedMixed, InitialRandomPoints = plan.InitialPoints }),
                Parallel = input.Parallel,
                Trials = input.Trials,
                Events = input.Events,
                StopReason = input.StopReason,
                MaxTrials = plan.MaxTrials,
                BudgetCalls = plan.BudgetCalls,
                BudgetUsd = plan.BudgetUsd,
            },
            space);
        return new SearchAdvance([.. step.NewTrials.Select(t => new ProposedTrial(t, space.Feasible[t.PointIndex].Architecture))], step.Events, step.StopReason);
    }
}
