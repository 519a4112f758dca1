using Archon.Benchmarks.Results;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Queries;
using Archon.Workflows.Searches;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Functions.Functions;

/// <summary>The activities, each a one-line call into the Archon.Workflows activity of the same name, created from the worker's services.</summary>
internal sealed class ActivityFunctions(IServiceProvider services)
{
    [Function(RunComponentStep.Name)]
    public Task<ComponentStepResult> RunComponentStepActivity([ActivityTrigger] ComponentStepRequest input) => Create<RunComponentStep>().RunAsync(input);

    [Function(SaveQueryResult.Name)]
    public Task<bool> SaveQueryResultActivity([ActivityTrigger] QueryResponse input) => Create<SaveQueryResult>().RunAsync(input);

    [Function(RunBenchmarkItem.Name)]
    public Task<ItemResult> RunBenchmarkItemActivity([ActivityTrigger] BenchmarkItemRequest input) => Create<RunBenchmarkItem>().RunAsync(input);

    [Function(StartBenchmarkItem.Name)]
    public Task<BenchmarkItemStart> StartBenchmarkItemActivity([ActivityTrigger] BenchmarkItemRequest input) => Create<StartBenchmarkItem>().RunAsync(input);

    [Function(ScoreBenchmarkItem.Name)]
    public Task<ItemResult> ScoreBenchmarkItemActivity([ActivityTrigger] ScoreItemRequest input) => Create<ScoreBenchmarkItem>().RunAsync(input);

    [Function(SaveRunResults.Name)]
    public Task<bool> SaveRunResultsActivity([ActivityTrigger] RunResultsChunk input) => Create<SaveRunResults>().RunAsync(input);

    [Function(SummarizeRun.Name)]
    public Task<BenchmarkSummaryDocument> SummarizeRunActivity([ActivityTrigger] SummarizeRunRequest input) => Create<SummarizeRun>().RunAsync(input);

    [Function(ProposeTrials.Name)]
    public SearchAdvance ProposeTrialsActivity([ActivityTrigger] ProposeRequest input) => Create<ProposeTrials>().RunAsync(input);

    [Function(SaveSearch.Name)]
    public Task<SearchDocument> SaveSearchActivity([ActivityTrigger] SaveSearchRequest input) => Create<SaveSearch>().RunAsync(input);

    [Function(ResolvePoint.Name)]
    public ArchitectureConfig ResolvePointActivity([ActivityTrigger] ResolvePointRequest input) => Create<ResolvePoint>().RunAsync(input);

    private T Create<T>()
        where T : class => ActivatorUtilities.GetServiceOrCreateInstance<T>(services);
}
