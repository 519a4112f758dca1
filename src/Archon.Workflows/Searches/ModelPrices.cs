using System.Collections.Concurrent;
using Archon.Core.Models;
using Archon.Models.Setup;
using Archon.Workflows.Engine;
using Archon.Workflows.Settings;

namespace Archon.Workflows.Searches;

/// <summary>
/// Catalog prices for enumerating search spaces (the <c>maxUsdPerQuery</c> constraint, dollar budgets), read from the
/// same settings as the engine and resolved like <c>archon search</c> does. Models with no known price count as free.
/// </summary>
internal sealed class ModelPrices
{
    private readonly Lazy<IModelResolver> _resolver;
    private readonly ConcurrentDictionary<string, ModelPricing?> _prices = new(StringComparer.Ordinal);

    public ModelPrices(EngineOptions options)
    {
        _resolver = new Lazy<IModelResolver>(() => ModelSetup.Create(new ModelSetupOptions
        {
            CatalogPath = EngineFactory.CatalogPath(options),
            CatalogJson = options.ModelCatalog,
            Simulate = options.Simulate,
            SimLatencyMs = options.SimLatencyMs,
        }).Resolver);
    }

    public ModelPricing? Of(string model) => _prices.GetOrAdd(model, m => _resolver.Value.Resolve(m)?.Pricing);
}
