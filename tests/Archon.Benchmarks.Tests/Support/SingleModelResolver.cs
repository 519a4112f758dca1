using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Tests.Support;

/// <summary>A catalog of one model.</summary>
internal sealed class SingleModelResolver(string name, IChatClient client) : IModelResolver
{
    public IReadOnlyCollection<string> ModelNames => [name];

    public ResolvedModel? Resolve(string model) =>
        string.Equals(model, name, StringComparison.OrdinalIgnoreCase) ? new ResolvedModel(name, client, ModelPricing.Free, Simulated: false) : null;
}
