using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// CodeContests (Li et al., 2022; the test split has 165 problems) in either published layout: the Hugging Face export
/// (JSONL; <c>public_tests</c>, <c>private_tests</c>, <c>generated_tests</c> as <c>{"input": [...], "output": [...]}</c>,
/// <c>time_limit</c> as <c>{"seconds", "nanos"}</c>), or the JSON list written by DeepMind's
/// <c>convert_riegeli_to_json.py</c> (tests as <c>[{"input", "output"}]</c>, <c>time_limit</c> as protobuf text
/// <c>"seconds: 2"</c>). Needs <c>name</c>, <c>description</c> and at least one test; <c>source</c> and
/// <c>difficulty</c> (the proto enums) give the breakdown.
/// </summary>
internal sealed partial class CodeContestsLoader : JsonlDatasetLoader
{
    private static readonly string[] TestSets = ["public", "private", "generated"];

    public override string Kind => DatasetKinds.CodeContests;

    protected override bool AcceptsJsonList => true;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var name = JsonFields.RequiredString(obj, "name");
        var description = JsonFields.RequiredString(obj, "description");
        var tests = new List<StdioTest>();
        foreach (var set in TestSets)
        {
            tests.AddRange(Tests(obj, set));
        }

        if (tests.Count == 0)
        {
            throw new ItemFormatException("fields 'public_tests', 'private_tests' and 'generated_tests' hold no test; a problem needs at least one");
        }

        var metadata = new Dictionary<string, string>();
        if (obj.TryGetProperty("memory_limit_bytes", out var memory) && memory.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            metadata["memory_limit_bytes"] = memory.ValueKind == JsonValueKind.String ? memory.GetString()! : memory.GetRawText();
        }

        if (obj.TryGetProperty("cf_rating", out var rating) && rating.ValueKind == JsonValueKind.Number)
        {
            metadata["cf_rating"] = rating.GetRawText();
        }

        return new BenchmarkItem
        {
            Id = name,
            Kind = Kind,
            Turns = [BenchmarkPrompts.CodeContests(description)],
            StdioTests = tests,
            TimeLimit = TimeLimit(obj),
            Category = Enum(obj, "source", SourceName),
            Subcategory = Enum(obj, "difficulty", DifficultyName),
            Metadata = metadata,
        };
    }

    private static IEnumerable<StdioTest> Tests(JsonElement obj, string set)
    {
        var field = set + "_tests";
        if (!obj.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            // DeepMind's converter: a list of {input, output} objects.
            var list = new List<StdioTest>();
            var i = 0;
            foreach (var t in v.EnumerateArray())
            {
                if (t.ValueKind != JsonValueKind.Object)
                {
                    throw new ItemFormatException($"field '{field}[{i}]' must be an object with 'input' and 'output', found {JsonFields.Describe(t.ValueKind)}");
                }

                list.Add(new StdioTest(TestText(t, "input", $"{field}[{i}]"), TestText(t, "output", $"{field}[{i}]"), set));
                i++;
            }

            return list;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            throw new ItemFormatException($"field '{field}' must be an object {{\"input\": [...], \"output\": [...]}} or a list of tests, found {JsonFields.Describe(v.ValueKind)}");
        }

        // The Hugging Face layout: parallel input and output lists.
        var inputs = v.TryGetProperty("input", out var inp) && inp.ValueKind == JsonValueKind.Array ? JsonFields.StringList(inp, field + ".input") : null;
        var outputs = v.TryGetProperty("output", out var outp) && outp.ValueKind == JsonValueKind.Array ? JsonFields.StringList(outp, field + ".output") : null;
        if (inputs is null || outputs is null)
        {
            throw new ItemFormatException($"field '{field}' must hold the lists 'input' and 'output'");
        }

        if (inputs.Count != outputs.Count)
        {
            throw new ItemFormatException($"field '{field}' has {inputs.Count} inputs but {outputs.Count} outputs; they must pair up");
        }

        return inputs.Zip(outputs, (i, o) => new StdioTest(i, o, set));
    }

    private static string TestText(JsonElement test, string name, string where) =>
        test.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new ItemFormatException($"field '{where}.{name}' must be a string");

    /// <summary>Reads <c>{"seconds": 2, "nanos": 0}</c>, protobuf text <c>"seconds: 2\nnanos: 5e8"</c> or <c>"2.5s"</c>.</summary>
    private static TimeSpan? TimeLimit(JsonElement obj)
    {
        if (!obj.TryGetProperty("time_limit", out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        double seconds = 0, nanos = 0;
        if (v.ValueKind == JsonValueKind.Object)
        {
            seconds = Number(v, "seconds");
            nanos = Number(v, "nanos");
        }
        else if (v.ValueKind == JsonValueKind.String)
        {
            var text = v.GetString()!.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            var plain = PlainDuration().Match(text);
            if (plain.Success)
            {
                seconds = double.Parse(plain.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                foreach (Match m in TextField().Matches(text))
                {
                    var value = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                    if (m.Groups[1].Value == "seconds")
                    {
                        seconds = value;
                    }
                    else
                    {
                        nanos = value;
                    }
                }
            }
        }
        else
        {
            throw new ItemFormatException($"field 'time_limit' must be an object {{seconds, nanos}} or a string, found {JsonFields.Describe(v.ValueKind)}");
        }

        var limit = TimeSpan.FromSeconds(seconds + (nanos / 1e9));
        return limit > TimeSpan.Zero ? limit : null;
    }

    private static double Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    private static string? Enum(JsonElement obj, string name, Func<int, string> names)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var n) => names(n),
            JsonValueKind.String => v.GetString(),
            _ => null,
        };
    }

    /// <summary>The proto's <c>Source</c> enum.</summary>
    private static string SourceName(int n) => n switch
    {
        1 => "codechef",
        2 => "codeforces",
        3 => "hackerearth",
        4 => "codejam",
        6 => "atcoder",
        7 => "aizu",
        _ => "unknown-source",
    };

    /// <summary>The proto's <c>Difficulty</c> enum (the letter grades skip 18).</summary>
    private static string DifficultyName(int n) => n switch
    {
        1 => "easy",
        2 => "medium",
        3 => "hard",
        4 => "harder",
        5 => "hardest",
        6 => "external",
        >= 7 and <= 17 => ((char)('A' + (n - 7))).ToString(),
        >= 19 and <= 29 => ((char)('L' + (n - 19))).ToString(),
        _ => "unknown-difficulty",
    };

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)s$")]
    private static partial Regex PlainDuration();

    [GeneratedRegex(@"\b(seconds|nanos)\s*:\s*(\d+(?:\.\d+)?)")]
    private static partial Regex TextField();
}
