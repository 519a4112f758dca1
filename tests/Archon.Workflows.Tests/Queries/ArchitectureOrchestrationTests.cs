using System.Collections.Concurrent;
using Archon.Core.Execution;
using Archon.Core.Synthetic;
using Archon.Workflows.Hosting;
using Archon.Workflows.Queries;
using Archon.Workflows.Tests.Support;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.AI;

namespace Archon.Workflows.Tests.Queries;

public sealed class ArchitectureOrchestrationTests
{
    private static readonly string Question = SyntheticTasks.Generate(1, 7)[0].Question;

    [Fact]
    public async Task Run_CriticRankerFuser_GivesTheInProcessEnginesAnswerCallsAndTrace()
    {
        var architecture = TestArchitectures.Example("critic-ranker-fuser");
        var inProcess = await SimulatedEngine.Create().Runner.RunAsync(architecture, [new ChatMessage(ChatRole.User, Question)]);
        await using var host = await WorkflowHost.StartAsync(SimulatedEngine.Create());

        var done = await host.RunAsync(ArchitectureOrchestration.Name, new ArchitectureRunInput(architecture, [new QueryMessage("user", Question)]));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var response = done.ReadOutputAs<QueryResponse>()!;
        Assert.Equal(inProcess.Answer, response.Answer);
        Assert.Equal(StopReason.Completed, response.StopReason);
        Assert.True(response.Simulated);
        Assert.Equal(inProcess.Trace.Totals.Calls, response.Usage.Calls);
        Assert.Equal(inProcess.Trace.Totals.CostUsd, response.Usage.CostUsd);
        Assert.Equal(QueryTraceSummary.From(inProcess.Trace).CallsPerLayer, response.Trace.CallsPerLayer);
        Assert.Equal(done.InstanceId, response.Id);
    }

    [Fact]
    public async Task Run_GeneratorSamples_OneActivityPerSampleThenOneForTheFuser()
    {
        var steps = new ConcurrentQueue<(int Layer, int Component, int? Sample)>();
        var engine = SimulatedEngine.Create();
        var activity = new RunComponentStep(engine.Steps!, TimeProvider.System);
        await using var host = await WorkflowHost.StartAsync(
            engine,
            registry => registry.AddArchonOrchestrations().AddActivityFunc<ComponentStepRequest, ComponentStepResult>(
                RunComponentStep.Name,
                (context, request) =>
                {
                    steps.Enqueue((request.Layer, request.ComponentIndex, request.Sample));
                    return activity.RunAsync(request);
                }));

        var done = await host.RunAsync(ArchitectureOrchestration.Name, new ArchitectureRunInput(TestArchitectures.SamplesThenFuser(3), [new QueryMessage("user", Question)]));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(
            new[] { (0, 0, (int?)0), (0, 0, 1), (0, 0, 2), (1, 0, null) },
            steps.OrderBy(s => s.Layer).ThenBy(s => s.Sample).ToArray());
        Assert.Equal([3, 1], done.ReadOutputAs<QueryResponse>()!.Trace.CallsPerLayer);
    }

    [Fact]
    public async Task Run_CallLimitBelowTheLayersCalls_StopsWithMaxCallsAndNeverPassesTheLimit()
    {
        await using var host = await WorkflowHost.StartAsync(SimulatedEngine.Create());

        var done = await host.RunAsync(
            ArchitectureOrchestration.Name,
            new ArchitectureRunInput(TestArchitectures.SamplesThenFuser(5), [new QueryMessage("user", Question)], MaxCalls: 3));

        var response = done.ReadOutputAs<QueryResponse>()!;
        Assert.Equal(StopReason.MaxCalls, response.StopReason);
        Assert.Equal(3, response.Usage.Calls);
        Assert.NotEmpty(response.Answer);
    }

    [Fact]
    public async Task Run_CallLimitReachedByALayer_StopsBeforeTheNextLayer()
    {
        await using var host = await WorkflowHost.StartAsync(SimulatedEngine.Create());

        var done = await host.RunAsync(
            ArchitectureOrchestration.Name,
            new ArchitectureRunInput(TestArchitectures.SamplesThenFuser(3), [new QueryMessage("user", Question)], MaxCalls: 3));

        var response = done.ReadOutputAs<QueryResponse>()!;
        Assert.Equal(StopReason.MaxCalls, response.StopReason);
        Assert.Equal([3], response.Trace.CallsPerLayer);
    }

    [Fact]
    public async Task Run_DeadlineAlreadyPassed_StopsBeforeAnyCall()
    {
        await using var host = await WorkflowHost.StartAsync(SimulatedEngine.Create());

        var done = await host.RunAsync(
            ArchitectureOrchestration.Name,
            new ArchitectureRunInput(TestArchitectures.SamplesThenFuser(2), [new QueryMessage("user", Question)], DeadlineUtc: DateTime.UtcNow.AddMinutes(-1)));

        var response = done.ReadOutputAs<QueryResponse>()!;
        Assert.Equal(StopReason.Deadline, response.StopReason);
        Assert.Equal(0, response.Usage.Calls);
        Assert.Equal(string.Empty, response.Answer);
    }
}
