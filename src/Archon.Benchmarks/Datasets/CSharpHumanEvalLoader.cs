using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// MultiPL-E's C# HumanEval (<c>humaneval-cs</c>) JSONL: <c>name</c> (or <c>task_id</c>), <c>prompt</c> (usings,
/// <c>class Problem</c> and the method's signature), <c>tests</c> (or <c>test</c>: closes the method, then a
/// <c>Main</c> of <c>Debug.Assert</c> calls and the class's closing brace), optional <c>stop_tokens</c> and
/// <c>language</c> (must be <c>cs</c>). The entry point is the last <c>static</c> method the prompt declares.
/// </summary>
internal sealed partial class CSharpHumanEvalLoader : JsonlDatasetLoader
{
    public override string Kind => DatasetKinds.HumanEvalCs;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var id = JsonFields.OptionalString(obj, "name") ?? JsonFields.OptionalString(obj, "task_id")
                 ?? throw new ItemFormatException("field 'name' (or 'task_id') is missing");
        if (JsonFields.OptionalString(obj, "language") is { } language && language != "cs")
        {
            throw new ItemFormatException($"field 'language' must be 'cs' for {Kind}, found '{language}'");
        }

        var prompt = JsonFields.RequiredString(obj, "prompt");
        var testField = obj.TryGetProperty("tests", out _) ? "tests" : "test";
        var tests = JsonFields.RequiredString(obj, testField);
        if (!tests.Contains("Main(", StringComparison.Ordinal))
        {
            throw new ItemFormatException($"field '{testField}' must define the Main method that runs the asserts");
        }

        var methods = StaticMethod().Matches(prompt);
        if (methods.Count == 0)
        {
            throw new ItemFormatException("field 'prompt' declares no static method to complete");
        }

        var metadata = new Dictionary<string, string>();
        if (obj.TryGetProperty("stop_tokens", out var stops) && stops.ValueKind == JsonValueKind.Array && stops.GetArrayLength() > 0)
        {
            metadata["stop_tokens"] = stops.GetRawText();
        }

        return new BenchmarkItem
        {
            Id = id,
            Kind = Kind,
            Turns = [BenchmarkPrompts.CSharp(prompt)],
            CodePrompt = prompt,
            TestCode = tests,
            EntryPoint = methods[^1].Groups["name"].Value,
            Metadata = metadata,
        };
    }

    [GeneratedRegex(@"\bstatic\s+[^=;(){}]+?\s(?<name>[A-Za-z_]\w*)\s*\(")]
    private static partial Regex StaticMethod();
}
