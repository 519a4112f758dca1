using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Core.Tests.Execution;

/// <summary>A resolver over a fixed set of models that counts its resolutions.</summary>
internal sealed class FakeModelResolver : IModelResolver
{
    private readonly Dictionary<string, ResolvedModel> _models = new(StringComparer.Ordinal);

    public FakeModelResolver Add(string name, IChatClient client, ModelPricing? pricing = null, bool simulated = false)
    {
        _models[name] = new ResolvedModel(name, client, pricing ?? ModelPricing.Free, simulated);
        return this;
    }

    /// <summary>How many times a name was resolved.</summary>
    public int Resolutions => _resolutions;

    private int _resolutions;

    public ResolvedModel? Resolve(string name)
    {
        Interlocked.Increment(ref _resolutions);
        return _models.GetValueOrDefault(name);
    }

    public IReadOnlyCollection<string> ModelNames => _models.Keys;
}
