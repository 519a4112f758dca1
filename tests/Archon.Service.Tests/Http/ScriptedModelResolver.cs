using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Service.Tests.Http;

/// <summary>Resolves every model name to one client.</summary>
internal sealed class ScriptedModelResolver(IChatClient client) : IModelResolver
{
    public IReadOnlyCollection<string> ModelNames => ["scripted"];

    public ResolvedModel? Resolve(string name) => new(name, client, ModelPricing.Free, Simulated: false);
}
