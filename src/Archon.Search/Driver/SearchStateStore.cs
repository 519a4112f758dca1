using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archon.Search.Driver;

/// <summary>Reads and atomically writes <c>search.json</c> (write a temporary file, then rename over the old one).</summary>
public static class SearchStateStore
{
    /// <summary>Indented JSON, camelCase fields.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a state file, or returns null when it does not exist.</summary>
    public static SearchState? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SearchState>(File.ReadAllText(path), JsonOptions)
                   ?? throw new InvalidDataException($"{path}: empty search state");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a search state file ({ex.Message}); delete it to start afresh", ex);
        }
    }

    /// <summary>Writes <paramref name="state"/> so that a crash leaves either the old or the new file, never half of one.</summary>
    public static void Save(string path, SearchState state)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(tmp, JsonSerializer.Serialize(state, JsonOptions));
        File.Move(tmp, path, overwrite: true);
    }
}
