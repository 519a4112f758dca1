using Microsoft.Extensions.AI;

namespace Archon.Models.Caching;

/// <summary>One response-cache entry: the model's response and how long the call took when it was made.</summary>
/// <param name="Response">The response, without per-call flags (cache hit, retries, notices).</param>
/// <param name="UncachedLatency">The latency of the call that produced it, so a cached call still reports its cost in time.</param>
public sealed record CachedResponse(ChatResponse Response, TimeSpan UncachedLatency);
