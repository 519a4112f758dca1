using Archon.Workflows.Benchmarks;
using Archon.Workflows.Queries;
using Archon.Workflows.Searches;
using Microsoft.DurableTask;

namespace Archon.Workflows.Hosting;

/// <summary>
/// Registers the orchestrations and activities with a Durable Task worker (<c>archon serve</c> and the tests); the
/// Functions app declares the same names as functions. Orchestrators are registered with lambdas that pass the input as
/// a typed parameter; activities as types, created from the worker's services per invocation.
/// </summary>
public static class WorkflowRegistration
{
    /// <summary>Registers every orchestration and activity.</summary>
    public static DurableTaskRegistry AddArchonWorkflows(this DurableTaskRegistry registry) =>
        registry.AddArchonOrchestrations().AddArchonActivities();

    /// <summary>Registers the orchestrations.</summary>
    public static DurableTaskRegistry AddArchonOrchestrations(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestratorFunc<ArchitectureRunInput, QueryResponse>(
            ArchitectureOrchestration.Name, (context, input) => ArchitectureOrchestration.RunAsync(context, input));
        registry.AddOrchestratorFunc<BenchmarkRunInput, BenchmarkSummaryDocument?>(
            BenchmarkOrchestration.Name, (context, input) => BenchmarkOrchestration.RunAsync(context, input));
        registry.AddOrchestratorFunc<SearchRunInput, SearchDocument?>(
            SearchOrchestration.Name, (context, input) => SearchOrchestration.RunAsync(context, input));
        return registry;
    }

    /// <summary>Registers the activities.</summary>
    public static DurableTaskRegistry AddArchonActivities(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddActivity<RunComponentStep>(RunComponentStep.Name);
        registry.AddActivity<SaveQueryResult>(SaveQueryResult.Name);
        registry.AddActivity<RunBenchmarkItem>(RunBenchmarkItem.Name);
        registry.AddActivity<StartBenchmarkItem>(StartBenchmarkItem.Name);
        registry.AddActivity<ScoreBenchmarkItem>(ScoreBenchmarkItem.Name);
        registry.AddActivity<SaveRunResults>(SaveRunResults.Name);
        registry.AddActivity<SummarizeRun>(SummarizeRun.Name);
        registry.AddActivity<ProposeTrials>(ProposeTrials.Name);
        registry.AddActivity<SaveSearch>(SaveSearch.Name);
        registry.AddActivity<ResolvePoint>(ResolvePoint.Name);
        return registry;
    }
}
