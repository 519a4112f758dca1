using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Archon.Models.Pipeline;
using Archon.Models.Setup;
using Microsoft.Extensions.AI;

namespace Archon.Models.Tests.Pipeline;

public sealed class TelemetryTests
{
    [Fact]
    public async Task GetResponse_ThroughSetup_EmitsGenAiSpanOnArchonModelsSource()
    {
        var model = "telemetry-" + Guid.NewGuid().ToString("N")[..8];
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ArchonModelsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 0 });

        await setup.Resolver.Resolve(model)!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hello")], new ChatOptions { ModelId = model });

        var span = Assert.Single(spans, s => s.GetTagItem("gen_ai.request.model") as string == model);
        Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
        Assert.True(Convert.ToInt64(span.GetTagItem("gen_ai.usage.input_tokens"), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task GetResponse_CacheHit_CountedOnArchonModelsMeter()
    {
        long hits = 0;
        using var meter = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ArchonModelsTelemetry.SourceName && instrument.Name == "archon.model.cache_hits")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        var model = "meter-" + Guid.NewGuid().ToString("N")[..8];
        meter.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == ArchonModelsTelemetry.ModelTag && tag.Value as string == model)
                {
                    Interlocked.Add(ref hits, value);
                }
            }
        });
        meter.Start();
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 0 });
        var client = setup.Resolver.Resolve(model)!.Client;
        var prompt = "telemetry " + Guid.NewGuid();

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)]);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)]);

        Assert.Equal(1, Interlocked.Read(ref hits));
    }

    [Fact]
    public async Task GetStreamingResponse_SimThroughPipeline_StreamsLabelledTextAndCounts()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0 });
        var client = setup.Resolver.Resolve("sim-medium")!.Client;

        var response = await client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Tell me a story.")]).ToChatResponseAsync();

        Assert.StartsWith("[simulated]", response.Text, StringComparison.Ordinal);
        Assert.Equal(1, setup.Usage.Snapshot().Calls);
        Assert.True(setup.Usage.Snapshot().OutputTokens > 0);
    }
}
