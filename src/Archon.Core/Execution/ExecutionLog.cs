using Microsoft.Extensions.Logging;

namespace Archon.Core.Execution;

/// <summary>Source-generated log messages of the execution engine.</summary>
internal static partial class ExecutionLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Model call to {Model} failed (layer {Layer}, {Component} #{ComponentIndex}, sample {Sample}): {Error}")]
    public static partial void CallFailed(
        ILogger logger, string model, int layer, string component, int componentIndex, int sample, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Query stopped in layer {Layer}: {Reason} ({Detail})")]
    public static partial void QueryStopped(ILogger logger, int layer, StopReason reason, string detail);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error,
        Message = "Component {Component} #{ComponentIndex} in layer {Layer} failed; its output is dropped")]
    public static partial void ComponentFailed(ILogger logger, Exception exception, string component, int componentIndex, int layer);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "Layer {Layer} ({Component}): {Message}")]
    public static partial void ComponentWarning(ILogger logger, int layer, string component, string message);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "Query failed: {Failure}")]
    public static partial void ComponentProducedNothing(ILogger logger, string failure);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug,
        Message = "Query finished: {Calls} calls, {ElapsedMs} ms, critical path {CriticalPathMs} ms, stop {Reason}")]
    public static partial void QueryFinished(ILogger logger, int calls, double elapsedMs, double criticalPathMs, StopReason reason);
}
