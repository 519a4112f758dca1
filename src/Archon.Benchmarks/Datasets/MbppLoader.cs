using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// MBPP JSONL: <c>task_id</c>, <c>prompt</c> (or <c>text</c> in the original release), <c>code</c> (reference),
/// <c>test</c> (or <c>test_list</c>): a list of Python <c>assert</c> strings, optional <c>test_setup_code</c>.
/// </summary>
internal sealed partial class MbppLoader : JsonlDatasetLoader
{
    public override string Kind => DatasetKinds.Mbpp;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var id = JsonFields.OptionalScalar(obj, "task_id") ?? throw new ItemFormatException("field 'task_id' is missing");
        var prompt = obj.TryGetProperty("prompt", out _) ? JsonFields.RequiredString(obj, "prompt") : JsonFields.RequiredString(obj, "text");
        var testField = obj.TryGetProperty("test", out _) ? "test" : "test_list";
        var tests = JsonFields.StringList(JsonFields.RequiredArray(obj, testField), testField);
        var setup = JsonFields.OptionalString(obj, "test_setup_code");
        var code = JsonFields.OptionalString(obj, "code");
        var entryPoint = FindEntryPoint(code, tests);
        var metadata = new Dictionary<string, string>();
        if (code is not null)
        {
            metadata["code"] = code;
        }

        return new BenchmarkItem
        {
            Id = id,
            Kind = Kind,
            Turns = [BenchmarkPrompts.Mbpp(prompt, tests)],
            TestCode = (string.IsNullOrWhiteSpace(setup) ? string.Empty : setup + "\n") + string.Join('\n', tests) + "\n",
            EntryPoint = entryPoint,
            Metadata = metadata,
        };
    }

    private static string? FindEntryPoint(string? code, IReadOnlyList<string> tests)
    {
        var joined = string.Join('\n', tests);
        if (code is not null)
        {
            foreach (Match m in DefPattern().Matches(code))
            {
                var name = m.Groups[1].Value;
                if (joined.Contains(name + "(", StringComparison.Ordinal))
                {
                    return name;
                }
            }
        }

        var call = AssertCallPattern().Match(joined);
        return call.Success ? call.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*def\s+([A-Za-z_]\w*)\s*\(", RegexOptions.Multiline)]
    private static partial Regex DefPattern();

    [GeneratedRegex(@"assert\s+(?:not\s+)?\(?\s*([A-Za-z_]\w*)\s*\(")]
    private static partial Regex AssertCallPattern();
}
