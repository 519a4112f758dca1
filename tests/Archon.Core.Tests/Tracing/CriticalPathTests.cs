using Archon.Core.Tracing;

namespace Archon.Core.Tests.Tracing;

public class CriticalPathTests
{
    private static CallRecord Call(int layer, int component, int sample, int ms, int attempt = 0, int startMs = 0) => new()
    {
        Layer = layer,
        Component = "c",
        ComponentIndex = component,
        Model = "m",
        Sample = sample,
        Attempt = attempt,
        StartOffset = TimeSpan.FromMilliseconds(startMs),
        Latency = TimeSpan.FromMilliseconds(ms),
    };

    [Fact]
    public void Compute_ParallelSamples_CountsSlowestOncePerLayer()
    {
        CallRecord[] calls = [Call(0, 0, 0, 100), Call(0, 0, 1, 120), Call(0, 1, 0, 90), Call(1, 0, 0, 50, startMs: 120)];

        Assert.Equal(TimeSpan.FromMilliseconds(170), CriticalPath.Compute(calls));
    }

    [Fact]
    public void Compute_RetryAttemptsOfOneSample_AreAChain()
    {
        CallRecord[] calls =
        [
            Call(0, 0, 0, 100),
            Call(0, 0, 1, 100),
            Call(0, 0, 1, 100, attempt: 1, startMs: 100),
            Call(0, 0, 1, 100, attempt: 2, startMs: 200),
        ];

        Assert.Equal(TimeSpan.FromMilliseconds(300), CriticalPath.Compute(calls));
    }

    [Fact]
    public void Compute_PerCandidateCallsSharingSampleIndex_AreParallel()
    {
        // A verifier checks three candidates at once, each call with sample 0; one of them is re-asked.
        CallRecord[] calls =
        [
            Call(0, 0, 0, 100),
            Call(0, 0, 0, 100),
            Call(0, 0, 0, 80),
            Call(0, 0, 0, 50, attempt: 1, startMs: 80),
        ];

        Assert.Equal(TimeSpan.FromMilliseconds(130), CriticalPath.Compute(calls));
    }

    [Fact]
    public void ByLayer_SameSampleInDifferentComponents_IsParallel()
    {
        CallRecord[] calls = [Call(2, 0, 0, 100), Call(2, 1, 0, 100), Call(3, 0, 0, 10)];

        var layers = CriticalPath.ByLayer(calls);

        Assert.Equal(TimeSpan.FromMilliseconds(100), layers[2]);
        Assert.Equal(TimeSpan.FromMilliseconds(10), layers[3]);
    }

    [Fact]
    public void Compute_NoCalls_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, CriticalPath.Compute([]));
    }
}
