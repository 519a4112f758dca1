using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archon.Core.Text;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Architectures;

/// <summary>
/// Saved architectures: blobs <c>architectures/{name}.json</c>, validated on save, plus the example architectures
/// shipped next to the app: built in, available by name out of the box and read-only (their names cannot be saved
/// over, and they are found before any blob).
/// </summary>
internal sealed partial class ArchitectureStore
{
    private readonly BlobJson _blobs;
    private readonly ArchitectureChecker _checker;
    private readonly Dictionary<string, JsonElement> _examples;
    private readonly ConcurrentDictionary<string, (JsonElement? Json, long Expires)> _recent = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>How long a looked-up architecture is reused before storage is read again (another instance may have replaced it).</summary>
    public static TimeSpan ReuseFor { get; } = TimeSpan.FromSeconds(5);

    public ArchitectureStore(BlobJson blobs, ArchitectureChecker checker, string? examplesPath, TimeProvider time)
    {
        _time = time;
        _blobs = blobs;
        _checker = checker;
        _examples = LoadExamples(examplesPath ?? Path.Combine(AppContext.BaseDirectory, "example-architectures"));
    }

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>True when <paramref name="name"/> is a built-in (example) architecture, which cannot be replaced.</summary>
    public bool IsBuiltIn(string name) => _examples.ContainsKey(name);

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(_examples.Keys, StringComparer.Ordinal);
        foreach (var path in await _blobs.ListAsync(StorageNames.ArchitecturesPrefix, cancellationToken).ConfigureAwait(false))
        {
            var file = path[StorageNames.ArchitecturesPrefix.Length..];
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                names.Add(file[..^5]);
            }
        }

        return [.. names];
    }

    public async Task<JsonElement?> GetJsonAsync(string name, CancellationToken cancellationToken)
    {
        if (!IsValidName(name))
        {
            return null;
        }

        if (_examples.TryGetValue(name, out var builtIn))
        {
            return builtIn;
        }

        var now = _time.GetTimestamp();
        if (_recent.TryGetValue(name, out var recent) && recent.Expires > now)
        {
            return recent.Json;
        }

        var saved = await _blobs.GetAsync<JsonDocument>(BlobPath(name), cancellationToken).ConfigureAwait(false);
        JsonElement? json = saved?.RootElement.Clone();
        saved?.Dispose();
        _recent[name] = (json, now + (long)(ReuseFor.TotalSeconds * _time.TimestampFrequency));
        return json;
    }

    /// <summary>Validates and saves; returns the errors instead when invalid.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string name, JsonElement json, CancellationToken cancellationToken)
    {
        var parsed = _checker.Check(json, name);
        if (parsed.Architecture is null)
        {
            return parsed.Errors;
        }

        await _blobs.WriteAsync(BlobPath(name), json, cancellationToken).ConfigureAwait(false);
        _recent.TryRemove(name, out _);
        return [];
    }

    /// <summary>Resolves a request's <c>architecture</c>/<c>model</c> value: a saved name, or an inline config object.</summary>
    public async Task<ArchitectureResolution> ResolveAsync(JsonElement spec, CancellationToken cancellationToken)
    {
        if (spec.ValueKind == JsonValueKind.String)
        {
            var name = spec.GetString()!;
            var json = await GetJsonAsync(name, cancellationToken).ConfigureAwait(false);
            if (json is null)
            {
                return new ArchitectureResolution(null, spec, [$"no saved architecture named '{ClippedText.Clip(name)}'"], NotFound: true);
            }

            return ToResolution(json.Value, name);
        }

        if (spec.ValueKind == JsonValueKind.Object)
        {
            return ToResolution(spec, "inline");
        }

        return new ArchitectureResolution(null, spec, ["must be the name of a saved architecture or an architecture object"], NotFound: false);
    }

    private ArchitectureResolution ToResolution(JsonElement json, string name)
    {
        var parsed = _checker.Check(json, name);
        return new ArchitectureResolution(parsed.Architecture, json, parsed.Errors, NotFound: false) { Resolved = parsed.Resolved };
    }

    private static string BlobPath(string name) => $"{StorageNames.ArchitecturesPrefix}{name}.json";

    private static Dictionary<string, JsonElement> LoadExamples(string folder)
    {
        var examples = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return examples;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                examples[Path.GetFileNameWithoutExtension(file)] = doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                // A broken example is skipped; `archon validate` reports it.
            }
        }

        return examples;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex NamePattern();
}
