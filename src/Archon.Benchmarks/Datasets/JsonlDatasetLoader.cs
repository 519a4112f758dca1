using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// Base for loaders of one-JSON-object-per-line files: blank lines are ignored, each other line is one item. A loader
/// whose kind is also published as one JSON list of objects (<see cref="AcceptsJsonList"/>) reads that too, numbering
/// entries instead of lines.
/// </summary>
internal abstract class JsonlDatasetLoader : IDatasetLoader
{
    public abstract string Kind { get; }

    /// <summary>True when a file that starts with <c>[</c> is read as one JSON list of item objects.</summary>
    protected virtual bool AcceptsJsonList => false;

    public DatasetLoadResult Load(string path, MalformedEntryPolicy policy = MalformedEntryPolicy.Skip)
    {
        var items = new List<BenchmarkItem>();
        var issues = new List<DatasetIssue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (AcceptsJsonList && StartsWithList(path))
        {
            LoadList(path, policy, items, issues, ids);
            return new DatasetLoadResult(items, issues);
        }

        var lineNo = 0;
        foreach (var line in DatasetFile.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                Add(doc.RootElement, lineNo, items, ids);
            }
            catch (Exception ex) when (ex is JsonException or ItemFormatException)
            {
                var message = ex is JsonException ? $"not valid JSON ({ex.Message})" : ex.Message;
                DatasetFile.Report(issues, new DatasetIssue(lineNo, message), path, policy);
            }
        }

        return new DatasetLoadResult(items, issues);
    }

    /// <summary>Parses one line's object; throws <see cref="ItemFormatException"/> naming the field on bad input.</summary>
    protected abstract BenchmarkItem Parse(JsonElement obj, int line);

    private void LoadList(string path, MalformedEntryPolicy policy, List<BenchmarkItem> items, List<DatasetIssue> issues, HashSet<string> ids)
    {
        using (var doc = DatasetFile.ReadJson(path))
        {
            var position = 0;
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                position++;
                try
                {
                    Add(e, position, items, ids);
                }
                catch (ItemFormatException ex)
                {
                    DatasetFile.Report(issues, new DatasetIssue(position, $"entry {position}: {ex.Message}"), path, policy);
                }
            }
        }
    }

    private void Add(JsonElement e, int position, List<BenchmarkItem> items, HashSet<string> ids)
    {
        JsonFields.RequireObject(e);
        var item = Parse(e, position) with { SourceLine = position };
        if (!ids.Add(item.Id))
        {
            throw new ItemFormatException($"duplicate id '{item.Id}'");
        }

        items.Add(item);
    }

    private static bool StartsWithList(string path)
    {
        using var reader = new StreamReader(DatasetFile.OpenRead(path));
        int c;
        while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
        {
        }

        return c == '[';
    }
}
