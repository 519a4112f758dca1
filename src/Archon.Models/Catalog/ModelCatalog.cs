namespace Archon.Models.Catalog;

/// <summary>
/// The model catalog: catalog names → endpoints, deployments, auth, prices and limits. Load with
/// <see cref="Load"/> or <see cref="Parse"/>; <see cref="DefaultSimulated"/> is the offline default.
/// </summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, ModelCatalogEntry> _byName = new(StringComparer.OrdinalIgnoreCase);

    public ModelCatalog(IReadOnlyList<ModelCatalogEntry> entries, string source)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        Source = source;
        foreach (var entry in entries)
        {
            _byName.TryAdd(entry.Name, entry);
            foreach (var alias in entry.Aliases)
            {
                _byName.TryAdd(alias, entry);
            }
        }
    }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<ModelCatalogEntry> Entries { get; }

    /// <summary>Where the catalog came from (a path, "settings" or "default simulated catalog").</summary>
    public string Source { get; }

    /// <summary>The default simulated catalog: sim-small, sim-medium, sim-large and sim-xl.</summary>
    public static ModelCatalog DefaultSimulated { get; } = new(SimCatalogDefaults.Entries, "default simulated catalog");

    /// <summary>Reads and validates a catalog file. Throws <see cref="ModelCatalogException"/> listing every problem.</summary>
    public static ModelCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ModelCatalogException($"Model catalog file '{path}' does not exist.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates catalog JSON. Throws <see cref="ModelCatalogException"/> listing every problem.</summary>
    public static ModelCatalog Parse(string json, string sourceName = "settings") =>
        new(ModelCatalogParser.Parse(json, sourceName), sourceName);

    /// <summary>
    /// Finds the entry for a model name. Rule: (1) an entry whose <c>name</c> matches (case-insensitive);
    /// (2) an entry listing the name in <c>aliases</c>; (3) when <paramref name="modelType"/> is given, the first
    /// entry listing it in <c>modelTypes</c> — served as a copy named <paramref name="name"/> whose model id is
    /// the entry's <c>deployment</c> when set, else <paramref name="name"/> itself (pass-through); (4) none.
    /// </summary>
    public ModelCatalogEntry? Find(string name, string? modelType = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_byName.TryGetValue(name, out var entry))
        {
            return entry;
        }

        if (string.IsNullOrWhiteSpace(modelType))
        {
            return null;
        }

        foreach (var candidate in Entries)
        {
            if (candidate.ModelTypes.Contains(modelType, StringComparer.OrdinalIgnoreCase))
            {
                return candidate with { Name = name, Deployment = candidate.Deployment ?? name, Aliases = [], ServedBy = candidate.Name };
            }
        }

        return null;
    }
}
