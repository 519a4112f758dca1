using Archon.Core.Models;
using Azure;
using Microsoft.Extensions.AI;

namespace Archon.Service.Caching;

/// <summary>Answers a call from the shared blob cache when it has been made before; stores new replies there.</summary>
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
        ChatResponse? cached = null;
        try
        {
            cached = await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // storage trouble: the cache is an optimisation, call the model
        }

        if (cached is not null)
        {
            (cached.AdditionalProperties ??= [])[ArchonChatKeys.CacheHit] = true;
            Telemetry.ServiceTelemetry.CacheHits.Add(1);
            return cached;
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        if (response.FinishReason != ChatFinishReason.ContentFilter)
        {
            try
            {
                await _cache.SetAsync(key, response, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // not cached this time
            }
        }

        return response;
    }
}
