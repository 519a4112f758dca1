using System.Text.Json;

namespace Archon.Benchmarks.Results;

/// <summary>Reads and appends the JSONL results file of a run.</summary>
public static class ResultsFile
{
    /// <summary>Serializer settings for results and summaries (indented off, nulls as declared).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Reads the results in <paramref name="path"/> (empty when it does not exist). A torn last line from an
    /// interrupted run, or any unreadable line, is ignored so that item runs again. Later lines win for a repeated id.
    /// </summary>
    public static IReadOnlyDictionary<string, ItemResult> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var map = new Dictionary<string, ItemResult>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return map;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<ItemResult>(line, JsonOptions) is { ItemId: not null } r)
                {
                    map[r.ItemId] = r;
                }
            }
            catch (JsonException)
            {
                // A line cut short by an interrupted run: that item simply runs again.
            }
        }

        return map;
    }

    /// <summary>One line of JSON for <paramref name="result"/>.</summary>
    public static string ToLine(ItemResult result) => JsonSerializer.Serialize(result, JsonOptions);
}
