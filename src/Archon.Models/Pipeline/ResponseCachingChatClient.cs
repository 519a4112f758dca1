using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// Answers repeated calls from a shared <see cref="ResponseCache"/> (key: <see cref="ChatCacheKey"/>) and flags
/// them with <see cref="ArchonChatKeys.CacheHit"/>. Concurrent identical calls share one model call (the others
/// count as cache hits). Streaming calls are cached as their combined response and
/// replayed as updates.
/// </summary>
internal sealed class ResponseCachingChatClient(IChatClient inner, ResponseCache cache, string modelKey, string model) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = ChatCacheKey.Compute(modelKey, list, options);
        if (cache.TryGet(key, out var cached))
        {
            return MarkHit(cached);
        }

        var pending = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = cache.InFlight.GetOrAdd(key, pending.Task);
        if (inFlight != pending.Task)
        {
            try
            {
                return MarkHit(ResponseCache.Copy(await inFlight.WaitAsync(cancellationToken)));
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The shared call failed or was cancelled by its owner: make our own.
                return await CallAndStoreAsync(key, list, options, cancellationToken);
            }
        }

        try
        {
            var response = await CallAndStoreAsync(key, list, options, cancellationToken);
            pending.SetResult(ResponseCache.Copy(response));
            return response;
        }
        catch (Exception ex)
        {
            pending.SetException(ex);
            _ = pending.Task.Exception; // observed here; waiters handle it themselves
            throw;
        }
        finally
        {
            cache.InFlight.TryRemove(new KeyValuePair<string, Task<ChatResponse>>(key, pending.Task));
        }
    }

    private async Task<ChatResponse> CallAndStoreAsync(string key, IReadOnlyList<ChatMessage> list, ChatOptions? options, CancellationToken cancellationToken)
    {
        var response = await base.GetResponseAsync(list, options, cancellationToken);
        (response.AdditionalProperties ??= [])[ArchonChatKeys.CacheHit] = false;
        if (response.FinishReason != ChatFinishReason.ContentFilter)
        {
            cache.Set(key, response);
        }

        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = ChatCacheKey.Compute(modelKey, list, options);
        if (cache.TryGet(key, out var cached))
        {
            foreach (var update in MarkHit(cached).ToChatResponseUpdates())
            {
                yield return update;
            }

            yield break;
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken))
        {
            updates.Add(update);
            yield return update;
        }

        var combined = updates.ToChatResponse();
        if (combined.FinishReason != ChatFinishReason.ContentFilter)
        {
            cache.Set(key, combined);
        }
    }

    private ChatResponse MarkHit(ChatResponse response)
    {
        var props = response.AdditionalProperties ??= [];
        props[ArchonChatKeys.CacheHit] = true;
        props[ArchonChatKeys.Retries] = 0;
        ArchonModelsTelemetry.CacheHits.Add(1, new KeyValuePair<string, object?>(ArchonModelsTelemetry.ModelTag, model));
        return response;
    }
}
