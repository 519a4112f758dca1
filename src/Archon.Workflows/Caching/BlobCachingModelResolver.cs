using Archon.Core.Models;

namespace Archon.Workflows.Caching;

/// <summary>
/// Wraps each real (non-simulated) model's client with <see cref="BlobCachingChatClient"/>, so identical calls are paid
/// for once across every instance. Simulated models cost nothing and are left alone.
/// </summary>
internal sealed class BlobCachingModelResolver : IModelResolver
{
    private readonly IModelResolver _inner;
    private readonly BlobResponseCache _cache;

    public BlobCachingModelResolver(IModelResolver inner, BlobResponseCache cache)
    {
        _inner = inner;
        _cache = cache;
    }

    public IReadOnlyCollection<string> ModelNames => _inner.ModelNames;

    public ResolvedModel? Resolve(string name)
    {
        var model = _inner.Resolve(name);
        return model is null || model.Simulated ? model : model with { Client = new BlobCachingChatClient(model.Client, _cache, model.Name) };
    }
}
