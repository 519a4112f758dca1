using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>Base for loaders of one-JSON-object-per-line files: blank lines are ignored, each other line is one item.</summary>
internal abstract class JsonlDatasetLoader : IDatasetLoader
{
    public abstract string Kind { get; }

    public DatasetLoadResult Load(string path, MalformedEntryPolicy policy = MalformedEntryPolicy.Skip)
    {
        var items = new List<BenchmarkItem>();
        var issues = new List<DatasetIssue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
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
                JsonFields.RequireObject(doc.RootElement);
                var item = Parse(doc.RootElement, lineNo) with { SourceLine = lineNo };
                if (!ids.Add(item.Id))
                {
                    throw new ItemFormatException($"duplicate id '{item.Id}'");
                }

                items.Add(item);
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
}
