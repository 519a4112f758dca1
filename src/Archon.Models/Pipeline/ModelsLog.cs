using Microsoft.Extensions.Logging;

namespace Archon.Models.Pipeline;

/// <summary>The model pipeline's log messages. Never includes keys, prompts or responses.</summary>
internal static partial class ModelsLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Model {Model} answered in {ElapsedMs} ms: {InputTokens} input, {OutputTokens} output tokens, cache hit {CacheHit}, retries {Retries}")]
    public static partial void CallCompleted(ILogger logger, string model, long elapsedMs, long inputTokens, long outputTokens, bool cacheHit, int retries);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Model {Model} failed after {ElapsedMs} ms: {ErrorType}: {ErrorMessage}")]
    public static partial void CallFailed(ILogger logger, string model, long elapsedMs, string errorType, string errorMessage);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Model {Model}: {Reason}; retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string model, string reason, int retry, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Model {Model} ({Kind}) ready: {Target}")]
    public static partial void ModelBuilt(ILogger logger, string model, string kind, string target);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Model {Model}: the endpoint refused response_format {Refused} (HTTP {Status}); structured replies are asked for in the prompt from now on")]
    public static partial void StructuredOutputFallback(ILogger logger, string model, string refused, int status);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Model {Model}: the endpoint refused {Refused} (HTTP {Status}); the output limit is sent as {Field} from now on")]
    public static partial void OutputLimitFieldFallback(ILogger logger, string model, string refused, int status, string field);
}
