using Archon.Workflows.Benchmarks;
using Archon.Workflows.Queries;
using Archon.Workflows.Searches;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Archon.Functions.Functions;

/// <summary>The three orchestrations, each a one-line call into Archon.Workflows (the same code <c>archon serve</c> registers).</summary>
internal static class OrchestrationFunctions
{
    [Function(ArchitectureOrchestration.Name)]
    public static Task<QueryResponse> Architecture([OrchestrationTrigger] TaskOrchestrationContext context) =>
        ArchitectureOrchestration.RunAsync(context, context.GetInput<ArchitectureRunInput>()!);

    [Function(BenchmarkOrchestration.Name)]
    public static Task<BenchmarkSummaryDocument?> Benchmark([OrchestrationTrigger] TaskOrchestrationContext context) =>
        BenchmarkOrchestration.RunAsync(context, context.GetInput<BenchmarkRunInput>()!);

    [Function(SearchOrchestration.Name)]
    public static Task<SearchDocument?> Search([OrchestrationTrigger] TaskOrchestrationContext context) =>
        SearchOrchestration.RunAsync(context, context.GetInput<SearchRunInput>()!);
}
