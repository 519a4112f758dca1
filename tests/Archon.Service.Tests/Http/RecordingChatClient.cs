using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace Archon.Service.Tests.Http;

/// <summary>A model that answers "Answer: 2" and records the options of every call.</summary>
internal sealed class RecordingChatClient : IChatClient
{
    public ConcurrentQueue<ChatOptions?> Options { get; } = new();

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Options.Enqueue(options?.Clone());
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "It is two.\nAnswer: 2"))
        {
            Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5 },
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
