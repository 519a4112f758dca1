using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Tests.Support;

/// <summary>A model whose every call fails with the given exception, as an endpoint that stays down after retries.</summary>
internal sealed class ThrowingChatClient(Exception failure) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<ChatResponse>(failure);

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw failure;

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
