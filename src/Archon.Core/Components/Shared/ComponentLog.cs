using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Shared;

/// <summary>
/// Source-generated log messages of the built-in components. Degradations are logged at Debug because the runner
/// logs every returned warning itself; failed calls are logged here at Warning with their exception, which the
/// runner never sees.
/// </summary>
internal static partial class ComponentLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "{Component} in layer {Layer}: reply from {Model} unparseable on attempt {Attempt}; asking again")]
    public static partial void Reasking(this ILogger logger, string component, int layer, string model, int attempt);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "{Component} in layer {Layer}: {Warning}")]
    public static partial void Degraded(this ILogger logger, string component, int layer, string warning);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "{Component} in layer {Layer}: call to {Model} failed")]
    public static partial void CallFailed(this ILogger logger, Exception exception, string component, int layer, string model);
}
