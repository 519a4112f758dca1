using System.Diagnostics;
using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Core.Tracing;

namespace Archon.Core.Execution;

/// <summary>
/// Starts the runner's spans. Each method checks for a listener before it formats a name or boxes a tag, so an
/// unobserved query pays one volatile read per span and allocates nothing.
/// </summary>
internal static class ExecutionSpans
{
    private static readonly string[] LayerNames = [.. Enumerable.Range(0, 16).Select(i => string.Create(CultureInfo.InvariantCulture, $"layer {i}"))];

    public static Activity? StartArchitecture(ArchitectureConfig architecture)
    {
        if (!ArchonCoreTelemetry.Source.HasListeners())
        {
            return null;
        }

        var activity = ArchonCoreTelemetry.Source.StartActivity("architecture " + architecture.Name);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ArchonCoreTelemetry.ArchitectureTag, architecture.Name);
            activity.SetTag("archon.layers", architecture.Layers.Count);
        }

        return activity;
    }

    public static void EndArchitecture(Activity? activity, StopReason stop, int calls, decimal costUsd, bool streamed)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        activity.SetTag(ArchonCoreTelemetry.StopReasonTag, StopReasonName(stop));
        activity.SetTag(ArchonCoreTelemetry.CallsTag, calls);
        activity.SetTag(ArchonCoreTelemetry.CostTag, (double)costUsd);
        activity.SetTag(ArchonCoreTelemetry.StreamedTag, streamed);
    }

    public static Activity? StartLayer(int layer, string type, int components, int candidatesIn)
    {
        if (!ArchonCoreTelemetry.Source.HasListeners())
        {
            return null;
        }

        var name = layer < LayerNames.Length ? LayerNames[layer] : string.Create(CultureInfo.InvariantCulture, $"layer {layer}");
        var activity = ArchonCoreTelemetry.Source.StartActivity(name);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ArchonCoreTelemetry.LayerIndexTag, layer);
            activity.SetTag(ArchonCoreTelemetry.LayerTypeTag, type);
            activity.SetTag(ArchonCoreTelemetry.LayerComponentsTag, components);
            activity.SetTag(ArchonCoreTelemetry.CandidatesInTag, candidatesIn);
        }

        return activity;
    }

    public static void EndLayer(Activity? activity, int candidatesOut, bool completed)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        activity.SetTag(ArchonCoreTelemetry.CandidatesOutTag, candidatesOut);
        activity.SetTag(ArchonCoreTelemetry.LayerCompletedTag, completed);
    }

    public static Activity? StartComponent(int layer, int index, ComponentConfig config)
    {
        if (!ArchonCoreTelemetry.Source.HasListeners())
        {
            return null;
        }

        var activity = ArchonCoreTelemetry.Source.StartActivity("component " + config.Type);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ArchonCoreTelemetry.ComponentTypeTag, config.Type);
            activity.SetTag(ArchonCoreTelemetry.ComponentIndexTag, index);
            activity.SetTag(ArchonCoreTelemetry.LayerIndexTag, layer);
            activity.SetTag(ArchonCoreTelemetry.ModelTag, config.Model);
            activity.SetTag(ArchonCoreTelemetry.SamplesTag, config.Samples);
        }

        return activity;
    }

    public static void EndComponent(Activity? activity, int candidatesOut, int warnings)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        activity.SetTag(ArchonCoreTelemetry.CandidatesOutTag, candidatesOut);
        activity.SetTag(ArchonCoreTelemetry.WarningsTag, warnings);
    }

    public static void Stopped(Activity? activity, StopReason reason)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ArchonCoreTelemetry.StopReasonTag, StopReasonName(reason));
        }
    }

    public static void Failed(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        if (activity.IsAllDataRequested)
        {
            activity.SetTag("error.type", exception.GetType().FullName);
        }
    }

    // The names the JSON outputs use (camelCase).
    private static string StopReasonName(StopReason reason) => reason switch
    {
        StopReason.Completed => "completed",
        StopReason.MaxCalls => "maxCalls",
        StopReason.MaxCost => "maxCost",
        StopReason.Deadline => "deadline",
        StopReason.Cancelled => "cancelled",
        StopReason.Failed => "failed",
        _ => reason.ToString(),
    };
}
