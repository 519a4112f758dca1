using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// Waits for the endpoint's request and token quotas, then holds a concurrency permit for the duration of the call
/// (for streaming, until the stream ends). Every retry attempt passes through here again.
/// </summary>
internal sealed class RateLimitingChatClient(IChatClient inner, EndpointLimits limits) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        using var lease = await AcquireAsync(list, options, cancellationToken);
        return await base.GetResponseAsync(list, options, cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        using var lease = await AcquireAsync(list, options, cancellationToken);
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken))
        {
            yield return update;
        }
    }

    private async Task<RateLimitLease?> AcquireAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        if (limits.Requests is { } requests)
        {
            using var r = await requests.AcquireAsync(1, cancellationToken);
            EnsureAcquired(r, "requests per minute");
        }

        if (limits.Tokens is { } tokens)
        {
            var estimate = ChatOptionValues.EstimateTokens(messages) + (options?.MaxOutputTokens ?? 1024);
            var permits = (int)Math.Min(estimate, limits.TokenBurst);
            using var t = await tokens.AcquireAsync(permits, cancellationToken);
            EnsureAcquired(t, "tokens per minute");
        }

        if (limits.Concurrency is { } concurrency)
        {
            var lease = await concurrency.AcquireAsync(1, cancellationToken);
            EnsureAcquired(lease, "concurrency");
            return lease;
        }

        return null;
    }

    private static void EnsureAcquired(RateLimitLease lease, string what)
    {
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException($"The {what} limiter refused the call.");
        }
    }
}
