using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Tests.Support;

/// <summary>A catalog of one model that counts its resolutions.</summary>
internal sealed class SingleModelResolver(string name, IChatClient client) : IModelResolver
{
    public IReadOnlyCollection<string> ModelNames => [name];

    private int _resolutions;

    /// <summary>How many times a name was resolved.</summary>
    public int Resolutions => _resolutions;

    public ResolvedModel? Resolve(string model)
    {
        Interlocked.Increment(ref _resolutions);
        return string.Equals(model, name, StringComparison.OrdinalIgnoreCase) ? new ResolvedModel(name, client, ModelPricing.Free, Simulated: false) : null;
    }
}
