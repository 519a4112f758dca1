using Archon.Service.Http;
using Archon.Service;
using DurableTask.Core.History;
using DurableTask.Core;

namespace Archon.LocalHost;

/// <summary>
/// Turns what the gRPC sidecar hands the backend for a sub-orchestration into the Durable Task Framework's own types:
/// its history event is a subclass the Azure Storage tracking store cannot write (it leaves out the event type, and the
/// history no longer loads), and the child's start message carries its tags as a Protocol Buffers map the queue reader
/// cannot load. Both become the plain forms they stand for.
/// </summary>
internal static class SidecarEventNormalizer
{
    public static void Normalize(OrchestrationRuntimeState state, IEnumerable<TaskMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(state);
        Replace(state.Events);
        Replace(state.NewEvents);
        Replace(state.PastEvents);
        foreach (var message in messages)
        {
            if (message?.Event is ExecutionStartedEvent started && started.Tags is { } tags && tags.GetType() != typeof(Dictionary<string, string>))
            {
                started.Tags = new Dictionary<string, string>(tags);
            }
        }
    }

    private static void Replace(IList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is SubOrchestrationInstanceCreatedEvent created && created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent))
            {
                events[i] = new SubOrchestrationInstanceCreatedEvent(created.EventId)
                {
                    Name = created.Name,
                    Version = created.Version,
                    InstanceId = created.InstanceId,
                    Input = created.Input,
                    Timestamp = created.Timestamp,
                    IsPlayed = created.IsPlayed,
                    Tags = created.Tags is null ? null : new Dictionary<string, string>(created.Tags),
                };
            }
        }
    }
}
