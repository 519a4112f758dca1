using Microsoft.Extensions.AI;

namespace Archon.Core.Models;

/// <summary>One model call requested by a component.</summary>
public sealed record ModelCallRequest
{
    /// <summary>Catalog model name.</summary>
    public required string Model { get; init; }

    /// <summary>Messages to send; the invoker does not mutate them.</summary>
    public required IReadOnlyList<ChatMessage> Messages { get; init; }

    /// <summary>0-based layer index (for the trace).</summary>
    public required int Layer { get; init; }

    /// <summary>Component type making the call (for the trace and as the <c>archon.role</c> option).</summary>
    public required string Component { get; init; }

    /// <summary>Index of the component in its layer.</summary>
    public int ComponentIndex { get; init; }

    /// <summary>Sample index; part of the response-cache key, so n samples are n distinct answers.</summary>
    public int Sample { get; init; }

    /// <summary>Sampling temperature.</summary>
    public double Temperature { get; init; } = 0.7;

    /// <summary>Maximum output tokens.</summary>
    public int MaxTokens { get; init; } = 2048;

    /// <summary>Requested response format (JSON schema for structured components), or null for text.</summary>
    public ChatResponseFormat? ResponseFormat { get; init; }

    /// <summary>0 for the first attempt; 1.. for re-asks after unparseable output (part of the cache key).</summary>
    public int Attempt { get; init; }
}
