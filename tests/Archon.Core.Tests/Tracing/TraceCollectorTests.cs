using Archon.Core.Tracing;

namespace Archon.Core.Tests.Tracing;

public class TraceCollectorTests
{
    private static CallRecord Call(int startMs) =>
        new() { Layer = 0, Component = "generator", Model = "m", StartOffset = TimeSpan.FromMilliseconds(startMs) };

    [Fact]
    public void Build_OutcomesReported_AttachToTheirCallsById()
    {
        var trace = new TraceCollector();
        var late = trace.AddCall(Call(50));
        var early = trace.AddCall(Call(10));
        trace.AddOutcomes([new CallOutcome { CallId = late, UnitTests = ["t"] }, new CallOutcome { CallId = 99, Unparseable = true }]);

        var built = trace.Build(TimeSpan.FromMilliseconds(60));

        Assert.Equal([early, late], built.Calls.Select(c => c.Id));
        Assert.Null(built.Calls[0].Outcome);
        Assert.Equal(["t"], built.Calls[1].Outcome!.UnitTests);
    }
}
