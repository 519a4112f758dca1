using Archon.Workflows.Telemetry;
using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Azure;
using Microsoft.Extensions.AI;

namespace Archon.Workflows.Caching;

/// <summary>
/// Answers a call from the shared blob cache when it has been made before; stores new replies there. A streamed call
/// is looked up the same way (a hit is replayed as updates) and, on a miss, stored as its combined reply.
/// </summary>
internal sealed class BlobCachingChatClient : DelegatingChatClient
{
    private readonly BlobResponseCache _cache;
    private readonly string _model;

    public BlobCachingChatClient(IChatClient inner, BlobResponseCache cache, string model)
        : base(inner)
    {
        _cache = cache;
        _model = model;
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = BlobResponseCache.Key(_model, list, options);
        if (await TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } cached)
        {
            return cached;
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        await TryStoreAsync(key, response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = BlobResponseCache.Key(_model, list, options);
        if (await TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } cached)
        {
            foreach (var update in cached.ToChatResponseUpdates())
            {
                yield return update;
            }

            yield break;
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            yield return update;
        }

        await TryStoreAsync(key, updates.ToChatResponse(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatResponse?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        ChatResponse? cached;
        try
        {
            cached = await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // storage trouble: the cache is an optimisation, call the model
            return null;
        }

        if (cached is not null)
        {
            (cached.AdditionalProperties ??= [])[ArchonChatKeys.CacheHit] = true;
            ServiceTelemetry.CacheHits.Add(1);
        }

        return cached;
    }

    private async Task TryStoreAsync(string key, ChatResponse response, CancellationToken cancellationToken)
    {
        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            return;
        }

        try
        {
            await _cache.SetAsync(key, response, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // not cached this time
        }
    }
}
