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

    /// <summary>Request: the 0-based layer of the component making the call (int). Part of the cache key.</summary>
    public const string Layer = "archon.layer";

    /// <summary>
    /// Request: the index of the component in its layer (int). Part of the cache key and of a simulated model's seed, so
    /// identical components in one layer make distinct calls.
    /// </summary>
    public const string ComponentIndex = "archon.component_index";

    /// <summary>Response: true when the response cache answered.</summary>
    public const string CacheHit = "archon.cache_hit";

    /// <summary>Response: number of transport retries (int).</summary>
    public const string Retries = "archon.retries";

    /// <summary>Response: true when a simulated model produced the response.</summary>
    public const string Simulated = "archon.simulated";

    /// <summary>
    /// Response: how long the call took when the model answered it, in milliseconds (double). Equal to the observed
    /// latency for a fresh call; for a cache hit, the latency stored with the cache entry.
    /// </summary>
    public const string UncachedLatencyMs = "archon.uncached_latency_ms";

    /// <summary>
    /// Response: how a structured (JSON) reply was asked for: <c>json_schema</c>, <c>json_object</c> or <c>prompt</c>
    /// (the schema in the prompt only, for endpoints without structured outputs).
    /// </summary>
    public const string StructuredOutput = "archon.structured_output";

    /// <summary>Response: a one-time notice about the endpoint (e.g. that it refused a response format), or absent.</summary>
    public const string Notice = "archon.notice";

    /// <summary>
    /// Exception data: the <c>UsageDetails</c> of attempts the provider billed before the call finally failed (e.g. an
    /// attempt that timed out after reaching the model). The pipeline counts them as spent.
    /// </summary>
    public const string BilledUsage = "archon.billed_usage";
}
