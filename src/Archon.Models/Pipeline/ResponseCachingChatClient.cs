using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Archon.Models.Caching;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// The pipeline's one caching stage: answers repeated calls from the shared <see cref="ResponseCache"/> (key:
/// <see cref="ChatCacheKey"/>) and flags them with <see cref="ArchonChatKeys.CacheHit"/> and the entry's
/// <see cref="ArchonChatKeys.UncachedLatencyMs"/>. Concurrent identical calls share one model call (the others count
/// as cache hits). A streamed call is stored as its combined response and a hit replays it as updates, so streamed
/// and whole calls share entries. Content-filtered replies are not stored. <paramref name="persist"/> says whether
/// this model's entries also go to the cache's persistent store (real models: yes; simulated models, which are free
/// and change with the code, stay in memory).
/// </summary>
/// <remarks>
/// Microsoft.Extensions.AI's <c>DistributedCachingChatClient</c> and <c>HybridCache</c> were the starting point; this
/// stage keeps what Archon needs beyond them: concurrent identical calls wait for one model call (search trials that
/// share layers run at once), each entry keeps the latency of the call that made it, and the persistent tier is any
/// <c>IDistributedCache</c> behind a bounded in-memory LRU.
/// </remarks>
internal sealed class ResponseCachingChatClient(IChatClient inner, ResponseCache cache, string modelKey, string model, bool persist, TimeProvider time)
    : DelegatingChatClient(inner)
{
    private static readonly string[] PerCallKeys =
        [ArchonChatKeys.CacheHit, ArchonChatKeys.Retries, ArchonChatKeys.Notice, ArchonChatKeys.BilledUsage, ArchonChatKeys.UncachedLatencyMs];

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = ChatCacheKey.Compute(modelKey, list, options);
        if (await cache.GetAsync(key, persist, cancellationToken) is { } cached)
        {
            return MarkHit(cached);
        }

        var pending = new TaskCompletionSource<CachedResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
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
            pending.SetResult(Entry(response));
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
            cache.InFlight.TryRemove(new KeyValuePair<string, Task<CachedResponse>>(key, pending.Task));
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = ChatCacheKey.Compute(modelKey, list, options);
        if (await cache.GetAsync(key, persist, cancellationToken) is { } cached)
        {
            foreach (var update in MarkHit(cached).ToChatResponseUpdates())
            {
                yield return update;
            }

            yield break;
        }

        var started = time.GetTimestamp();
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken))
        {
            updates.Add(update);
            yield return update;
        }

        var combined = updates.ToChatResponse();
        if (combined.FinishReason != ChatFinishReason.ContentFilter)
        {
            await cache.SetAsync(key, new CachedResponse(Stored(combined), time.GetElapsedTime(started)), persist, cancellationToken);
        }
    }

    private async Task<ChatResponse> CallAndStoreAsync(string key, IReadOnlyList<ChatMessage> list, ChatOptions? options, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var response = await base.GetResponseAsync(list, options, cancellationToken);
        var latency = time.GetElapsedTime(started);
        var props = response.AdditionalProperties ??= [];
        props[ArchonChatKeys.CacheHit] = false;
        props[ArchonChatKeys.UncachedLatencyMs] = latency.TotalMilliseconds;
        if (response.FinishReason != ChatFinishReason.ContentFilter)
        {
            await cache.SetAsync(key, new CachedResponse(Stored(response), latency), persist, cancellationToken);
        }

        return response;
    }

    private static CachedResponse Entry(ChatResponse response) =>
        new(Stored(response), TimeSpan.FromMilliseconds(ChatOptionValues.GetDouble(response.AdditionalProperties, ArchonChatKeys.UncachedLatencyMs)));

    // What is stored leaves out what belongs to one call only: hit flag, retries, notices, billed failed attempts.
    private static ChatResponse Stored(ChatResponse response)
    {
        var copy = ResponseCache.Copy(response);
        if (copy.AdditionalProperties is { } props)
        {
            foreach (var key in PerCallKeys)
            {
                props.Remove(key);
            }
        }

        return copy;
    }

    private ChatResponse MarkHit(CachedResponse entry)
    {
        var response = entry.Response;
        var props = response.AdditionalProperties ??= [];
        foreach (var key in PerCallKeys)
        {
            props.Remove(key);
        }

        props[ArchonChatKeys.CacheHit] = true;
        props[ArchonChatKeys.Retries] = 0;
        props[ArchonChatKeys.UncachedLatencyMs] = entry.UncachedLatency.TotalMilliseconds;
        ArchonModelsTelemetry.CacheHits.Add(1, new KeyValuePair<string, object?>(ArchonModelsTelemetry.ModelTag, model));
        return response;
    }
}
