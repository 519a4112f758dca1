using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Archon.Models.Redaction;

/// <summary>
/// The model-client boundary: the first stage above the provider's client. An error from the endpoint (e.g. a 401
/// whose message echoes the API key) is rethrown with every secret removed, so no later stage — retries, logging,
/// telemetry, the trace, warnings, stored results — ever sees one.
/// </summary>
internal sealed class RedactingChatClient(IChatClient inner, SecretRedactor redactor) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && RedactedExceptions.Redact(ex, redactor) is var redacted && !ReferenceEquals(redacted, ex))
        {
            throw redacted;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException && RedactedExceptions.Redact(ex, redactor) is var redacted && !ReferenceEquals(redacted, ex))
            {
                throw redacted;
            }

            yield return updates.Current;
        }
    }
}
