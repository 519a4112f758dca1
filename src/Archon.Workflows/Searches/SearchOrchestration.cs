using Archon.Core.Architectures;
using Archon.Workflows.Benchmarks;
using Microsoft.DurableTask;

namespace Archon.Workflows.Searches;

/// <summary>
/// Orchestration (instance id = search id): the propose activity (the strategy, given the finished trials, proposes the
/// next points) → one benchmark sub-orchestration per trial (instance id <c>{searchId}-t{index}</c>) → <c>WhenAny</c>
/// keeps <c>parallel</c> trials running → stops at the trial limit, a budget or when the space is exhausted → the
/// held-out run of the best → the final document and <c>search.json</c>. Every few dozen trials it drains its running
/// trials and continues as new with the compact <see cref="SearchProgress"/>. Decisions live in
/// <see cref="SearchRunState"/> and <see cref="Archon.Search.Driver.SearchScheduler"/> (the search loop <c>archon search</c> runs too).
/// </summary>
internal static class SearchOrchestration
{
    public const string Name = nameof(SearchOrchestration);

    private static readonly TaskOptions Retried = new(new TaskRetryOptions(new RetryPolicy(3, TimeSpan.FromSeconds(1))));

    public static async Task<SearchDocument?> RunAsync(TaskOrchestrationContext context, SearchRunInput input)
    {
        var state = new SearchRunState(input.Definition, input.Progress ?? SearchProgress.Empty);
        var running = new Dictionary<Task<BenchmarkSummaryDocument?>, int>();
        while (true)
        {
            IReadOnlyList<int> start = [];
            if (state.MayPropose)
            {
                start = state.Apply(await context.CallActivityAsync<SearchAdvance>(ProposeTrials.Name, state.ProposeRequest(), Retried));
            }
            else if (input.Definition.Plan is null)
            {
                start = state.NextCandidates();
            }

            foreach (var index in start)
            {
                var run = state.RunOf(index);
                running[context.CallSubOrchestratorAsync<BenchmarkSummaryDocument?>(
                    BenchmarkOrchestration.Name, run, new SubOrchestrationOptions { InstanceId = run.RunId })] = index;
            }

            await context.CallActivityAsync(SaveSearch.Name, state.Save(SearchStatus.Running, context.CurrentUtcDateTime), Retried);
            if (running.Count == 0)
            {
                if (state.Draining && !state.NothingLeft)
                {
                    context.ContinueAsNew(input with { Progress = state.Progress }, preserveUnprocessedEvents: false);
                    return null;
                }

                break;
            }

            var finished = await Task.WhenAny(running.Keys);
            var trial = running[finished];
            running.Remove(finished);
            try
            {
                state.Complete(trial, (await finished)!);
            }
            catch (TaskFailedException ex)
            {
                state.Fail(trial, ex.FailureDetails.ErrorMessage);
            }
        }

        var save = state.Save(SearchStatus.Completed, context.CurrentUtcDateTime);
        if (input.Definition.HeldOut is not null && state.Best is { } best)
        {
            var config = save.BestCandidate ?? await context.CallActivityAsync<ArchitectureConfig>(
                ResolvePoint.Name, new ResolvePointRequest(input.Definition.Plan!, best.PointIndex), Retried);
            var heldOutRun = state.HeldOutRun(config)!;
            var heldOut = await context.CallSubOrchestratorAsync<BenchmarkSummaryDocument?>(
                BenchmarkOrchestration.Name, heldOutRun, new SubOrchestrationOptions { InstanceId = heldOutRun.RunId });
            save = state.Save(SearchStatus.Completed, context.CurrentUtcDateTime, heldOut: heldOut);
        }

        return await context.CallActivityAsync<SearchDocument>(SaveSearch.Name, save, Retried);
    }
}
