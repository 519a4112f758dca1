using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Perf;

/// <summary>
/// A resolver whose every model is a bare client answering instantly with a fixed text and usage: no catalog
/// pipeline, no simulation. Used to measure what the engine and the components cost on their own.
/// </summary>
internal sealed class EngineInstantModels : IModelResolver, IChatClient
{
    private static readonly ModelPricing Pricing = new(1m, 2m);

    public IReadOnlyCollection<string> ModelNames => [];

    public ResolvedModel? Resolve(string name) => new(name, this, Pricing, Simulated: false);

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "A short answer.\nAnswer: 42"))
        {
            Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = 20 },
        });

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
