using System.Globalization;
using System.Text;
using System.Text.Json;
using Archon.Benchmarks.Datasets;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Reads a run's items with the loader of its dataset kind (the same loaders as <c>archon bench</c>), so they are
/// scored by that kind's scorer. The loaders read files: inline items are written to a temporary file first (JSONL,
/// or one JSON object keyed by position for MixEval). Item ids are made blob-name safe.
/// </summary>
internal static class DatasetItemsReader
{
    /// <summary>True when <paramref name="dataset"/> names a kind the service evaluates with the benchmark library.</summary>
    public static bool IsLibraryKind(string dataset) => DatasetKinds.All.Contains(dataset, StringComparer.Ordinal);

    /// <summary>Reads inline items (a JSON array; for MixEval also the published keyed object).</summary>
    public static (List<BenchmarkInputItem>? Items, string? Error) FromJson(string kind, JsonElement items, string field)
    {
        if (kind == DatasetKinds.Synthetic)
        {
            // Synthetic items keep the service's plain item shape (answer as a number or a numeric string).
            var (plain, error) = BenchmarkItemsReader.FromJson(items, field);
            return plain is null ? (null, error) : Synthetic(plain, field);
        }

        string text;
        if (kind == DatasetKinds.MixEval && items.ValueKind == JsonValueKind.Object)
        {
            text = items.GetRawText();
        }
        else if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            return (null, $"{field}: must be a non-empty array of {kind} items");
        }
        else if (kind == DatasetKinds.MixEval)
        {
            var keyed = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            var i = 0;
            foreach (var e in items.EnumerateArray())
            {
                keyed[(i++).ToString(CultureInfo.InvariantCulture)] = e;
            }

            text = JsonSerializer.Serialize(keyed);
        }
        else
        {
            var lines = new StringBuilder();
            foreach (var e in items.EnumerateArray())
            {
                lines.Append(e.GetRawText().ReplaceLineEndings(" ")).Append('\n');
            }

            text = lines.ToString();
        }

        return Load(kind, text, field, lineOffset: -1);
    }

    /// <summary>Reads a dataset file's text (e.g. a blob) in the kind's published format.</summary>
    public static (List<BenchmarkInputItem>? Items, string? Error) FromText(string kind, string text, string field)
    {
        if (kind != DatasetKinds.Synthetic)
        {
            return Load(kind, text, field, lineOffset: 0);
        }

        var (plain, error) = BenchmarkItemsReader.FromText(text, field);
        return plain is null ? (null, error) : Synthetic(plain, field);
    }

    /// <summary>The generated synthetic family as items.</summary>
    public static List<BenchmarkInputItem> Generated(int count, int seed) =>
        [.. SyntheticDataset.Items(count, seed).Select(ToInput)];

    private static (List<BenchmarkInputItem>? Items, string? Error) Load(string kind, string text, string field, int lineOffset)
    {
        var path = Path.Combine(Path.GetTempPath(), $"archon-items-{Guid.NewGuid():N}.{(kind == DatasetKinds.MixEval ? "json" : "jsonl")}");
        try
        {
            File.WriteAllText(path, text);
            var loaded = DatasetLoaders.Load(kind, path);
            if (loaded.Issues.Count > 0)
            {
                // Inline items are reported by array index, file contents by line (or entry position).
                var issue = loaded.Issues[0];
                var where = lineOffset < 0 ? $"{field}[{issue.Line + lineOffset}]" : $"{field} line {issue.Line}";
                return (null, $"{where}: {issue.Message}");
            }

            return loaded.Items.Count == 0 ? (null, $"{field}: holds no {kind} items") : (Safe(loaded.Items), null);
        }
        catch (DatasetFormatException ex)
        {
            return (null, $"{field}: {ex.Message.Replace(path, kind, StringComparison.Ordinal)}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (List<BenchmarkInputItem>? Items, string? Error) Synthetic(List<BenchmarkInputItem> plain, string field)
    {
        var items = new List<BenchmarkInputItem>(plain.Count);
        for (var i = 0; i < plain.Count; i++)
        {
            var p = plain[i];
            if (!long.TryParse(p.Answer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var answer))
            {
                return (null, $"{field}[{i}].answer: required for dataset synthetic, an integer");
            }

            items.Add(ToInput(new BenchmarkItem
            {
                Id = p.Id,
                Kind = DatasetKinds.Synthetic,
                Turns = [p.Question],
                References = [answer.ToString(CultureInfo.InvariantCulture)],
            }));
        }

        return (items, null);
    }

    private static List<BenchmarkInputItem> Safe(IReadOnlyList<BenchmarkItem> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<BenchmarkInputItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var id = SafeId(items[i].Id);
            if (!seen.Add(id))
            {
                id = SafeId($"{id}-{i}");
                seen.Add(id);
            }

            list.Add(ToInput(items[i]) with { Id = id });
        }

        return list;
    }

    private static string SafeId(string id)
    {
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray();
        var safe = new string(chars);
        return safe.Length == 0 ? "_" : safe.Length > 100 ? safe[^100..] : safe;
    }

    private static BenchmarkInputItem ToInput(BenchmarkItem item) =>
        new(item.Id, item.Turns.Count > 0 ? item.Turns[0] : string.Empty, item.References.Count > 0 ? item.References[0] : null, item);
}
