using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Archon.Service.Tests.Http;

/// <summary>
/// A model for streaming tests. Whole responses are a fixed draft. A stream sends <see cref="FirstPart"/>, then waits
/// for <see cref="Gate"/> (which the test opens when it has seen the first part arrive), then either fails
/// (<see cref="FailAfterFirstPart"/>) or sends <see cref="SecondPart"/> and usage.
/// </summary>
internal sealed class ScriptedStreamingClient : IChatClient
{
    public const string Draft = "Draft reply.\nAnswer: 1";
    public const string FirstPart = "Fused reply, ";
    public const string SecondPart = "finished.\nAnswer: 2";

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool FailAfterFirstPart { get; init; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Draft))
        {
            Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5 },
        });

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new ChatResponseUpdate(ChatRole.Assistant, FirstPart) { MessageId = "m" };
        await Gate.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        if (FailAfterFirstPart)
        {
            throw new IOException("the model's connection was reset");
        }

        yield return new ChatResponseUpdate(ChatRole.Assistant, SecondPart) { MessageId = "m" };
        yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(new UsageDetails { InputTokenCount = 20, OutputTokenCount = 7 })])
        {
            MessageId = "m",
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
