using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Tests.Support;
using Archon.Core.Architectures;
using Archon.Core.Estimation;
using Archon.Core.Models;

namespace Archon.Benchmarks.Tests.Running;

public class RunEstimateTests
{
    [Fact]
    public void For_MtBenchWithJudge_CountsEveryTurnAndJudgeCall()
    {
        var items = DatasetLoaders.Load(DatasetKinds.MtBench, TestPaths.Fixture("mt-bench.jsonl")).Items;
        var arch = FakeArchitectureRunner.Architecture();
        var pricing = new ModelPricing(1m, 2m);
        var single = ArchitectureEstimator.Estimate(arch, _ => pricing);

        var withJudge = RunEstimate.For(items, arch, FakeArchitectureRunner.Architecture("judge"), _ => pricing);
        var without = RunEstimate.For(items, arch, null, _ => pricing);

        Assert.Equal(4 * single.CallsPerQuery, without.Calls);
        Assert.Equal(8 * single.CallsPerQuery, withJudge.Calls);
        Assert.Equal(4 * single.EstimatedCostUsd, without.CostUsd);
        Assert.True(without.CostUsd > 0);
    }
}
