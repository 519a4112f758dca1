using System.Collections.Concurrent;
using System.Diagnostics;
using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Tests.Execution;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;
using static Archon.Core.Tests.Execution.TestArchitectures;

namespace Archon.Core.Tests.Execution;

/// <summary>The runner's spans, collected by an <see cref="ActivityListener"/> and told apart from other tests' by trace id.</summary>
public sealed class ExecutionSpansTests : IDisposable
{
    private const string CallerSource = "Archon.Core.Tests.Caller";
    private const string ModelSource = "Archon.Models";

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;
    private readonly ActivitySource _caller = new(CallerSource);

    public ExecutionSpansTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is ArchonCoreTelemetry.SourceName or CallerSource or ModelSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _caller.Dispose();
    }

    // The fake model wrapped in Microsoft.Extensions.AI's OpenTelemetry client, as the model pipeline wraps real ones.
    private static FakeModelResolver Models(FakeChatClient fake)
    {
        var client = new ChatClientBuilder(fake).UseOpenTelemetry(sourceName: ModelSource).Build();
        return new FakeModelResolver().Add("m", client);
    }

    private static FakeChatClient Replying() => new((_, options, _) => Task.FromResult(new ChatResponse(new ChatMessage(
        ChatRole.Assistant, $"reply {options?.AdditionalProperties?["archon.sample"]}\nAnswer: 4"))));

    private List<Activity> SpansOf(ActivityTraceId trace) => [.. _stopped.Where(a => a.TraceId == trace)];

    [Fact]
    public async Task RunAsync_TwoLayers_ModelCallsNestUnderComponentUnderLayerUnderArchitectureUnderCaller()
    {
        var runner = new ArchitectureRunner(Models(Replying()), BuiltInComponents.CreateRegistry());
        var architecture = Of(Layer(Component(ComponentTypes.Generator, samples: 2)), Layer(Component(ComponentTypes.Fuser)));

        ActivityTraceId trace;
        using (var query = _caller.StartActivity("query"))
        {
            trace = query!.TraceId;
            await runner.RunAsync(architecture, Question());
        }

        var spans = SpansOf(trace);
        var byId = spans.ToDictionary(s => s.SpanId);
        var root = Assert.Single(spans, s => s.Source.Name == CallerSource);
        var run = Assert.Single(spans, s => s.DisplayName == "architecture test");
        Assert.Equal(root.SpanId, run.ParentSpanId);
        var layers = spans.Where(s => s.DisplayName.StartsWith("layer ", StringComparison.Ordinal)).OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(["layer 0", "layer 1"], layers.Select(l => l.DisplayName));
        Assert.All(layers, l => Assert.Equal(run.SpanId, l.ParentSpanId));
        Assert.Equal(0, layers[0].GetTagItem(ArchonCoreTelemetry.CandidatesInTag));
        Assert.Equal(2, layers[0].GetTagItem(ArchonCoreTelemetry.CandidatesOutTag));
        Assert.Equal(2, layers[1].GetTagItem(ArchonCoreTelemetry.CandidatesInTag));
        Assert.Equal(1, layers[1].GetTagItem(ArchonCoreTelemetry.CandidatesOutTag));
        Assert.Equal(1, layers[1].GetTagItem(ArchonCoreTelemetry.LayerComponentsTag));

        var calls = spans.Where(s => s.Source.Name == ModelSource).ToList();
        Assert.Equal(3, calls.Count);
        foreach (var call in calls)
        {
            var component = byId[call.ParentSpanId];
            Assert.StartsWith("component ", component.DisplayName, StringComparison.Ordinal);
            Assert.Equal("m", component.GetTagItem(ArchonCoreTelemetry.ModelTag));
            var layer = byId[component.ParentSpanId];
            Assert.Contains(layer, layers);
            Assert.Equal(layer.GetTagItem(ArchonCoreTelemetry.LayerIndexTag), component.GetTagItem(ArchonCoreTelemetry.LayerIndexTag));
        }

        var generator = Assert.Single(spans, s => s.DisplayName == "component generator");
        Assert.Equal(2, generator.GetTagItem(ArchonCoreTelemetry.SamplesTag));
        Assert.Equal(2, calls.Count(c => c.ParentSpanId == generator.SpanId));
        Assert.Equal("completed", run.GetTagItem(ArchonCoreTelemetry.StopReasonTag));
        Assert.Equal(3, run.GetTagItem(ArchonCoreTelemetry.CallsTag));
    }

    [Fact]
    public async Task RunAsync_CallLimitInSecondLayer_LayerSpanMarkedIncompleteAndStopReasonTagged()
    {
        var runner = new ArchitectureRunner(Models(Replying()), BuiltInComponents.CreateRegistry());
        var architecture = Of(Layer(Component(ComponentTypes.Generator, samples: 2)), Layer(Component(ComponentTypes.Fuser)));

        ActivityTraceId trace;
        using (var query = _caller.StartActivity("query"))
        {
            trace = query!.TraceId;
            await runner.RunAsync(architecture, Question(), new QueryOptions { MaxCalls = 2 });
        }

        var spans = SpansOf(trace);
        var layer1 = Assert.Single(spans, s => s.DisplayName == "layer 1");
        Assert.Equal(false, layer1.GetTagItem(ArchonCoreTelemetry.LayerCompletedTag));
        var fuser = Assert.Single(spans, s => s.DisplayName == "component fuser");
        Assert.Equal("maxCalls", fuser.GetTagItem(ArchonCoreTelemetry.StopReasonTag));
        Assert.Equal("maxCalls", Assert.Single(spans, s => s.DisplayName == "architecture test").GetTagItem(ArchonCoreTelemetry.StopReasonTag));
    }

    [Fact]
    public async Task RunAsync_ComponentThrows_ComponentSpanHasErrorStatus()
    {
        var registry = BuiltInComponents.CreateRegistry();
        registry.Register("exploder", _ => new ThrowingComponent());
        var runner = new ArchitectureRunner(Models(Replying()), registry);
        var architecture = Of(Layer(Component(ComponentTypes.Generator)), Layer(Component("exploder")));

        ActivityTraceId trace;
        using (var query = _caller.StartActivity("query"))
        {
            trace = query!.TraceId;
            await runner.RunAsync(architecture, Question());
        }

        var failed = Assert.Single(SpansOf(trace), s => s.DisplayName == "component exploder");
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("boom", failed.StatusDescription);
    }

    private sealed class ThrowingComponent : IArchitectureComponent
    {
        public string Type => "exploder";

        public Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
