using System.Collections.Concurrent;
using System.Globalization;
using Archon.Core.Models;
using Archon.Models.Setup;
using Microsoft.Extensions.Configuration;

namespace Archon.Workflows.Searches;

/// <summary>
/// Catalog prices for enumerating search spaces (the <c>maxUsdPerQuery</c> constraint, dollar budgets), read from the
/// same settings as the engine and resolved like <c>archon search</c> does. Models with no known price count as free.
/// </summary>
internal sealed class ModelPrices
{
    private readonly Lazy<IModelResolver> _resolver;
    private readonly ConcurrentDictionary<string, ModelPricing?> _prices = new(StringComparer.Ordinal);

    public ModelPrices(IConfiguration configuration)
    {
        _resolver = new Lazy<IModelResolver>(() => Create(configuration));
    }

    public ModelPricing? Of(string model) => _prices.GetOrAdd(model, m => _resolver.Value.Resolve(m)?.Pricing);

    private static IModelResolver Create(IConfiguration configuration)
    {
        var catalogPath = configuration.Get(ServiceSettings.ModelCatalogPath);
        if (!string.IsNullOrWhiteSpace(catalogPath) && !Path.IsPathRooted(catalogPath))
        {
            catalogPath = Path.Combine(AppContext.BaseDirectory, catalogPath);
        }

        return ModelSetup.Create(new ModelSetupOptions
        {
            CatalogPath = string.IsNullOrWhiteSpace(catalogPath) ? null : catalogPath,
            CatalogJson = configuration.Get(ServiceSettings.ModelCatalog),
            Simulate = string.Equals(configuration.Get(ServiceSettings.Simulate), "true", StringComparison.OrdinalIgnoreCase),
            SimLatencyMs = int.TryParse(configuration.Get(ServiceSettings.SimLatencyMs), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? ms : null,
        }).Resolver;
    }
}
