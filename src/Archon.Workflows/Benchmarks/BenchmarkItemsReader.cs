using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Reads benchmark items from JSON (an array) or JSONL: each an object with <c>question</c> (or <c>prompt</c>),
/// optional <c>answer</c> and optional <c>id</c> (letters, digits, <c>._-</c>; default its position).
/// </summary>
internal static partial class BenchmarkItemsReader
{
    public static (List<BenchmarkInputItem>? Items, string? Error) FromJson(JsonElement items, string field)
    {
        if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            return (null, $"{field}: must be a non-empty array of {{\"question\", \"answer\"}} objects");
        }

        return Read(items.EnumerateArray().Select(e => e.Clone()), field);
    }

    public static (List<BenchmarkInputItem>? Items, string? Error) FromText(string text, string field)
    {
        var trimmed = text.TrimStart();
        try
        {
            if (trimmed.StartsWith('['))
            {
                using var doc = JsonDocument.Parse(text);
                return FromJson(doc.RootElement, field);
            }

            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Read(lines.Select(l => { using var d = JsonDocument.Parse(l); return d.RootElement.Clone(); }), field);
        }
        catch (JsonException ex)
        {
            return (null, $"{field}: not JSON or JSONL ({ex.Message})");
        }
    }

    private static (List<BenchmarkInputItem>? Items, string? Error) Read(IEnumerable<JsonElement> elements, string field)
    {
        var list = new List<BenchmarkInputItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var e in elements)
        {
            var path = $"{field}[{i}]";
            if (e.ValueKind != JsonValueKind.Object)
            {
                return (null, $"{path}: must be an object with \"question\"");
            }

            var question = Text(e, "question") ?? Text(e, "prompt");
            if (string.IsNullOrWhiteSpace(question))
            {
                return (null, $"{path}.question: required, a non-empty string");
            }

            var id = Text(e, "id") ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!IdPattern().IsMatch(id))
            {
                return (null, $"{path}.id: must be 1-100 letters, digits, '.', '_' or '-'");
            }

            if (!ids.Add(id))
            {
                return (null, $"{path}.id: duplicate id '{id}'");
            }

            list.Add(new BenchmarkInputItem(id, question, Text(e, "answer")));
            i++;
        }

        return list.Count == 0 ? (null, $"{field}: holds no items") : (list, null);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex IdPattern();
}
