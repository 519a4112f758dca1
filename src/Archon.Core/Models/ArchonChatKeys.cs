namespace Archon.Core.Models;

/// <summary>
/// Keys Archon puts in <c>ChatOptions.AdditionalProperties</c> (requests) and <c>ChatResponse.AdditionalProperties</c>
/// (responses) so that pipeline middleware and simulated models can see what a call is for.
/// </summary>
public static class ArchonChatKeys
{
    /// <summary>Request: the sample index (int). Part of the cache key.</summary>
    public const string Sample = "archon.sample";

    /// <summary>Request: the re-ask attempt after unparseable output (int). Part of the cache key.</summary>
    public const string Attempt = "archon.attempt";

    /// <summary>Request: the component type making the call (string), e.g. <c>ranker</c>.</summary>
    public const string Role = "archon.role";

    /// <summary>Response: true when the response cache answered.</summary>
    public const string CacheHit = "archon.cache_hit";

    /// <summary>Response: number of transport retries (int).</summary>
    public const string Retries = "archon.retries";

    /// <summary>Response: true when a simulated model produced the response.</summary>
    public const string Simulated = "archon.simulated";
}
