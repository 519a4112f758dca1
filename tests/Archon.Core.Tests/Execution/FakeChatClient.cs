using Microsoft.Extensions.AI;

namespace Archon.Core.Tests.Execution;

/// <summary>
/// A chat client whose replies come from a callback; counts calls and the most calls in flight at once. Streaming
/// calls are answered by <see cref="Stream"/> (not supported while it is null).
/// </summary>
internal sealed class FakeChatClient : IChatClient
{
    private readonly Func<IReadOnlyList<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>> _reply;
    private int _inFlight;
    private int _maxInFlight;
    private int _calls;
    private int _streamingCalls;

    public FakeChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>> reply)
    {
        _reply = reply;
    }

    public FakeChatClient(string text = "ok")
        : this((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))))
    {
    }

    public int Calls => Volatile.Read(ref _calls);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public List<ChatOptions?> Options { get; } = [];

    /// <summary>Answers streaming calls; null makes them throw <see cref="NotSupportedException"/>.</summary>
    public Func<IReadOnlyList<ChatMessage>, ChatOptions?, CancellationToken, IAsyncEnumerable<ChatResponseUpdate>>? Stream { get; set; }

    public int StreamingCalls => Volatile.Read(ref _streamingCalls);

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        lock (Options)
        {
            Options.Add(options);
        }

        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            return await _reply(messages.ToList(), options, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Stream is null)
        {
            throw new NotSupportedException();
        }

        Interlocked.Increment(ref _streamingCalls);
        return Stream(messages.ToList(), options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
