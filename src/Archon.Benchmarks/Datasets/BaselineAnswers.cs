using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// Reads a baseline's answers for pairwise judging, keyed by item id (and, for AlpacaEval, also by instruction).
/// Accepted: a previous <c>archon bench --out</c> directory or its <c>results.jsonl</c> (<c>itemId</c>,
/// <c>answer</c>); Arena-Hard model answers JSONL (<c>question_id</c>, <c>choices[0].turns[0].content</c>); an
/// AlpacaEval outputs JSON list (<c>instruction</c>, <c>output</c>). The id maps to the last turn's answer; multi-turn
/// answers (a bench run's <c>turnAnswers</c>, every entry of FastChat's <c>choices[0].turns</c>) are also kept per turn
/// under <see cref="TurnKey"/> (<c>&lt;id&gt;#&lt;turn&gt;</c>), which pairwise MT-Bench reads.
/// </summary>
public static class BaselineAnswers
{
    /// <summary>The key of turn <paramref name="turn"/> (1-based) of item <paramref name="itemId"/>: <c>&lt;id&gt;#&lt;turn&gt;</c>.</summary>
    public static string TurnKey(string itemId, int turn) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{itemId}#{turn}");

    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "results.jsonl");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"baseline answers file '{path}' does not exist", path);
        }

        var text = File.ReadAllText(path);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text.TrimStart().StartsWith('['))
        {
            using var doc = JsonDocument.Parse(text);
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.Object && Str(e, "instruction") is { } instruction && Str(e, "output") is { } output)
                {
                    map[AlpacaEvalLoader.IdOf(instruction)] = output;
                    map[instruction] = output;
                }
            }

            return map;
        }

        var lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                if (Str(e, "itemId") is { } itemId && Str(e, "answer") is { } answer)
                {
                    map[itemId] = answer;
                    AddTurns(map, itemId, e.TryGetProperty("turnAnswers", out var turnAnswers) ? turnAnswers : default);
                }
                else if (Id(e, "question_id") is { } qid && ArenaAnswer(e) is { } content)
                {
                    map[qid] = content;
                    AddTurns(map, qid, e.GetProperty("choices")[0].GetProperty("turns"));
                }
            }
            catch (JsonException ex)
            {
                throw new DatasetFormatException($"{path}: line {lineNo}: not valid JSON ({ex.Message})", ex) { Line = lineNo };
            }
        }

        return map;
    }

    private static void AddTurns(Dictionary<string, string> map, string id, JsonElement turns)
    {
        if (turns.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var k = 0;
        foreach (var t in turns.EnumerateArray())
        {
            k++;
            if ((t.ValueKind == JsonValueKind.String ? t.GetString() : Str(t, "content")) is { } text)
            {
                map[TurnKey(id, k)] = text;
            }
        }
    }

    private static string? ArenaAnswer(JsonElement e)
    {
        if (!e.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
        {
            return null;
        }

        var first = choices[0];
        if (!first.TryGetProperty("turns", out var turns) || turns.ValueKind != JsonValueKind.Array || turns.GetArrayLength() == 0)
        {
            return null;
        }

        var last = turns[turns.GetArrayLength() - 1];
        return last.ValueKind == JsonValueKind.String ? last.GetString() : Str(last, "content");
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Id(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => null }
            : null;
}
