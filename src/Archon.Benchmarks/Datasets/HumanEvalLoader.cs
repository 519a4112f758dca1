using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// HumanEval (Python) JSONL: <c>task_id</c>, <c>prompt</c>, <c>canonical_solution</c>, <c>test</c> (defines
/// <c>check(candidate)</c>), <c>entry_point</c> — when absent it is the last function declared in
/// <c>declaration</c>, else in <c>prompt</c>.
/// </summary>
internal sealed partial class HumanEvalLoader : JsonlDatasetLoader
{
    public override string Kind => DatasetKinds.HumanEval;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var id = JsonFields.RequiredString(obj, "task_id");
        var prompt = JsonFields.RequiredString(obj, "prompt");
        var test = JsonFields.RequiredString(obj, "test");
        if (!test.Contains("def check", StringComparison.Ordinal))
        {
            throw new ItemFormatException("field 'test' must define check(candidate)");
        }

        var entryPoint = JsonFields.OptionalString(obj, "entry_point")
                         ?? LastDef(JsonFields.OptionalString(obj, "declaration"))
                         ?? LastDef(prompt)
                         ?? throw new ItemFormatException("field 'entry_point' is missing and no function is declared in 'declaration' or 'prompt'");
        var metadata = new Dictionary<string, string>();
        if (JsonFields.OptionalString(obj, "canonical_solution") is { } solution)
        {
            metadata["canonical_solution"] = solution;
        }

        return new BenchmarkItem
        {
            Id = id,
            Kind = Kind,
            Turns = [BenchmarkPrompts.HumanEval(prompt)],
            CodePrompt = prompt,
            TestCode = test,
            EntryPoint = entryPoint,
            Metadata = metadata,
        };
    }

    private static string? LastDef(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var matches = DefPattern().Matches(code);
        return matches.Count == 0 ? null : matches[^1].Groups[1].Value;
    }

    [GeneratedRegex(@"^def\s+([A-Za-z_]\w*)\s*\(", RegexOptions.Multiline)]
    private static partial Regex DefPattern();
}
