using Archon.Benchmarks.Results;
using Archon.Core.Architectures;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Engine;
using Archon.Workflows.Storage;
using Archon.Workflows.Tests.Support;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Workflows.Tests.Benchmarks;

[Collection(AzuriteCollection.Name)]
public sealed class BenchmarkOrchestrationTests(AzuriteFixture azurite)
{
    private static readonly ArchitectureConfig OneCall = TestArchitectures.Parse(
        """{"name": "one-call", "layers": [[{"type": "generator", "model": "sim-large"}]]}""");

    [Fact]
    public async Task Run_FiftyItemsInChunksOfSixteen_SummaryCountsEachItemOnce()
    {
        var runner = new FakeRunner();
        await using var host = await StartAsync(FakeEngine.Create(runner));
        var input = await CreateRunAsync(host, SumItems.Create(50, 1000), OneCall) with { ChunkItems = 16, Parallel = 8 };

        var done = await host.RunAsync(BenchmarkOrchestration.Name, input, input.RunId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var summary = done.ReadOutputAs<BenchmarkSummaryDocument>()!;
        Assert.Equal(50, summary.Items);
        Assert.Equal(1.0, summary.Score);
        Assert.Equal(0, summary.Errors);
        Assert.Equal(50, summary.Calls);
        Assert.Equal(0.05m, summary.CostUsd);
        Assert.True(summary.Simulated);
        Assert.Equal(50, runner.TotalRuns);
        Assert.All(runner.RunsByQuestion.Values, n => Assert.Equal(1, n));
        Assert.Equal(new BenchmarkRunStatus(50, 50), done.ReadCustomStatusAs<BenchmarkRunStatus>());
        var blobs = host.Services.GetRequiredService<BlobJson>();
        Assert.Equal(4, (await blobs.ListAsync($"runs/{input.RunId}/results/", default)).Count);
        Assert.Equal(50, (await blobs.ListAsync(RunPaths.ItemsPrefix(input.RunId), default)).Count);
        Assert.NotNull(await blobs.GetAsync<BenchmarkSummaryDocument>(RunPaths.Summary(input.RunId), default));
    }

    [Fact]
    public async Task Run_ItemWithAStoredResult_ReturnsItInsteadOfEvaluatingAgain()
    {
        var runner = new FakeRunner();
        await using var host = await StartAsync(FakeEngine.Create(runner));
        var items = SumItems.Create(6, 2000);
        var input = await CreateRunAsync(host, items, OneCall);
        var blobs = host.Services.GetRequiredService<BlobJson>();
        await blobs.CreateAsync(RunPaths.Item(input.RunId, "item-3"), new ItemResult { ItemId = "item-3", Score = 0, Correct = false, Calls = 7 }, default);

        var done = await host.RunAsync(BenchmarkOrchestration.Name, input, input.RunId);

        var summary = done.ReadOutputAs<BenchmarkSummaryDocument>()!;
        Assert.Equal(6, summary.Items);
        Assert.Equal(5.0 / 6, summary.Score, 6);
        Assert.Equal(5 + 7, summary.Calls);
        Assert.False(runner.RunsByQuestion.ContainsKey(items[3].Question));
        Assert.Equal(5, runner.TotalRuns);
    }

    [Fact]
    public async Task Run_WrongAnswers_ScoreZero()
    {
        await using var host = await StartAsync(FakeEngine.Create(new FakeRunner()));
        var wrong = OneCall with { Name = "always-wrong" };
        var input = await CreateRunAsync(host, SumItems.Create(10, 3000), wrong);

        var done = await host.RunAsync(BenchmarkOrchestration.Name, input, input.RunId);

        Assert.Equal(0.0, done.ReadOutputAs<BenchmarkSummaryDocument>()!.Score);
    }

    [Fact]
    public async Task Run_ItemsAsOrchestrations_ScoresAndCountsCallsLikeInProcessItems()
    {
        var architecture = TestArchitectures.SamplesThenFuser(3);
        var items = DatasetItemsReader.Generated(12, 5);

        await using var inProcessHost = await StartAsync(SimulatedEngine.Create());
        var inProcess = await CreateRunAsync(inProcessHost, items, architecture);
        var a = (await inProcessHost.RunAsync(BenchmarkOrchestration.Name, inProcess, inProcess.RunId)).ReadOutputAs<BenchmarkSummaryDocument>()!;

        await using var orchestratedHost = await StartAsync(SimulatedEngine.Create());
        var orchestrated = await CreateRunAsync(orchestratedHost, items, architecture) with { ItemsAsOrchestrations = true };
        var done = await orchestratedHost.RunAsync(BenchmarkOrchestration.Name, orchestrated, orchestrated.RunId);
        var b = done.ReadOutputAs<BenchmarkSummaryDocument>()!;

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(12, b.Items);
        Assert.Equal(a.Score, b.Score);
        Assert.Equal(a.Correct, b.Correct);
        Assert.Equal(12 * 4, b.Calls);
        Assert.Equal(a.Calls, b.Calls);
        Assert.True(b.Simulated);
        var turn = await orchestratedHost.Client.GetInstanceAsync($"{orchestrated.RunId}-i0-t0");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, turn!.RuntimeStatus);
    }

    private Task<WorkflowHost> StartAsync(ServiceEngine engine) => WorkflowHost.StartAsync(engine, storage: azurite.ConnectionString);

    private static async Task<BenchmarkRunInput> CreateRunAsync(WorkflowHost host, IReadOnlyList<BenchmarkInputItem> items, ArchitectureConfig architecture)
    {
        var id = Guid.NewGuid().ToString("N");
        await host.Services.GetRequiredService<ArchonStorage>().EnsureCreatedAsync(default);
        var source = await host.Services.GetRequiredService<BenchmarkItemStore>().WriteAsync(RunPaths.InputPrefix(id), items, default);
        return new BenchmarkRunInput(id, items[0].Item?.Kind ?? "inline", architecture, source, items.Count);
    }
}
