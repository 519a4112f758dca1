using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Archon.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Pipeline;

/// <summary>Logs each call's outcome (timings, tokens, cache hit, retries — never prompts, responses or keys).</summary>
internal sealed class ModelCallLoggingChatClient(IChatClient inner, string model, ILogger logger, TimeProvider time) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                LogCompleted(started, response.Usage, response.AdditionalProperties);
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ModelsLog.CallFailed(logger, ClippedText.Clip(model), (long)time.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name, ClippedText.Clip(ex.Message));
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        UsageDetails? usage = null;
        AdditionalPropertiesDictionary? props = null;
        await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ModelsLog.CallFailed(logger, ClippedText.Clip(model), (long)time.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name, ClippedText.Clip(ex.Message));
                throw;
            }

            var update = updates.Current;
            usage = update.Contents.OfType<UsageContent>().LastOrDefault()?.Details ?? usage;
            props ??= update.AdditionalProperties;
            yield return update;
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogCompleted(started, usage, props);
        }
    }

    private void LogCompleted(long started, UsageDetails? usage, AdditionalPropertiesDictionary? props) =>
        ModelsLog.CallCompleted(
            logger,
            ClippedText.Clip(model),
            (long)time.GetElapsedTime(started).TotalMilliseconds,
            usage?.InputTokenCount ?? 0,
            usage?.OutputTokenCount ?? 0,
            ChatOptionValues.GetBool(props, ArchonChatKeys.CacheHit),
            ChatOptionValues.GetInt(props, ArchonChatKeys.Retries));
}
