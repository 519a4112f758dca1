using System.Collections.Concurrent;

namespace Archon.Models.Pipeline;

/// <summary>
/// What endpoints turned out not to accept, learned from their HTTP 400 replies: a structured-output mode, or an
/// output-limit field. Once learned, every later call to that endpoint (model id at a base URL) uses the fallback
/// for the life of the process, so the refusal costs one extra request, once. <see cref="Shared"/> is the process-wide
/// memory every setup uses unless given its own; like a cache, it holds facts about endpoints, not configuration.
/// Thread-safe.
/// </summary>
public sealed class EndpointFallbacks
{
    private readonly ConcurrentDictionary<string, string> _structuredOutputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _outputLimitFields = new(StringComparer.Ordinal);

    /// <summary>The process-wide memory.</summary>
    public static EndpointFallbacks Shared { get; } = new();

    /// <summary>The structured-output mode to use for <paramref name="endpoint"/>: the learned one, else <paramref name="configured"/>.</summary>
    public string StructuredOutputs(string endpoint, string configured) =>
        _structuredOutputs.TryGetValue(endpoint, out var mode) ? mode : configured;

    /// <summary>Remembers <paramref name="mode"/> for <paramref name="endpoint"/>; true only for the call that learned it first.</summary>
    public bool LearnStructuredOutputs(string endpoint, string mode) => _structuredOutputs.TryAdd(endpoint, mode);

    /// <summary>The output-limit field to send to <paramref name="endpoint"/>: the learned one, else <paramref name="configured"/>.</summary>
    public string OutputLimitField(string endpoint, string configured) =>
        _outputLimitFields.TryGetValue(endpoint, out var field) ? field : configured;

    /// <summary>Remembers <paramref name="field"/> for <paramref name="endpoint"/>; true only for the call that learned it first.</summary>
    public bool LearnOutputLimitField(string endpoint, string field) => _outputLimitFields.TryAdd(endpoint, field);
}
