using System.Collections.Concurrent;
using Archon.Core.Models;
using Archon.Models.Catalog;

namespace Archon.Models.Setup;

/// <summary>
/// Resolves names through the catalog (see <see cref="ModelCatalog.Find"/>) and builds each model's pipeline once,
/// on first use. In simulation mode every name resolves: names missing from the catalog become simulated models
/// with a default skill derived from the name. A name that breaks <see cref="ModelNameRule"/> never resolves, so that
/// neither simulation nor <c>modelTypes</c> pass-through turns it into a model.
/// </summary>
internal sealed class ModelResolver(ModelCatalog catalog, bool simulateUnknown, Func<ModelCatalogEntry, ResolvedModel> build) : IModelResolver
{
    private readonly ConcurrentDictionary<string, Lazy<ResolvedModel>> _models = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> ModelNames { get; } = [.. catalog.Entries.Select(e => e.Name)];

    /// <summary>True when the name keeps <see cref="ModelNameRule"/> and the catalog serves it (name, alias or <c>modelTypes</c>), or any such name when simulating.</summary>
    public bool CanResolve(string name, string? modelType) =>
        ModelNameRule.IsValid(name) && (simulateUnknown || catalog.Find(name, modelType) is not null);

    public ResolvedModel? Resolve(string name) => Resolve(name, modelType: null);

    /// <summary>Resolves a name with the original format's <c>model_type</c> hint.</summary>
    public ResolvedModel? Resolve(string name, string? modelType)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ModelNameRule.IsValid(name))
        {
            return null;
        }

        var entry = catalog.Find(name, modelType);
        if (entry is null && simulateUnknown)
        {
            entry = ModelSetup.SimulatedStandIn(name, null);
        }

        if (entry is null)
        {
            return null;
        }

        var key = entry.Name;
        return _models.GetOrAdd(key, _ => new Lazy<ResolvedModel>(() => build(entry))).Value;
    }
}
