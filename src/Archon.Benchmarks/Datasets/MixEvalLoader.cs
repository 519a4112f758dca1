using System.Globalization;
using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// MixEval / MixEval-Hard JSON: one object <c>{ "0": {...}, "1": {...} }</c>; entries have <c>problem_type</c>
/// (<c>free-form</c> or <c>multiple-choice</c>), <c>context</c> (string or null), <c>prompt</c>, <c>options</c>
/// (multiple-choice), <c>target</c> (acceptable answers, or option indices for multiple-choice),
/// <c>benchmark_name</c>. Issues report the 1-based entry position and its key.
/// </summary>
internal sealed class MixEvalLoader : IDatasetLoader
{
    public string Kind => DatasetKinds.MixEval;

    public DatasetLoadResult Load(string path, MalformedEntryPolicy policy = MalformedEntryPolicy.Skip)
    {
        using (var doc = DatasetFile.ReadJson(path))
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetFormatException($"{path}: a MixEval file must be one JSON object keyed \"0\", \"1\", …");
            }

            var items = new List<BenchmarkItem>();
            var issues = new List<DatasetIssue>();
            var position = 0;
            foreach (var entry in doc.RootElement.EnumerateObject())
            {
                position++;
                try
                {
                    JsonFields.RequireObject(entry.Value);
                    items.Add(Parse(entry.Name, entry.Value) with { SourceLine = position });
                }
                catch (ItemFormatException ex)
                {
                    DatasetFile.Report(issues, new DatasetIssue(position, $"entry \"{entry.Name}\": {ex.Message}"), path, policy);
                }
            }

            return new DatasetLoadResult(items, issues);
        }
    }

    private BenchmarkItem Parse(string key, JsonElement obj)
    {
        var type = JsonFields.RequiredString(obj, "problem_type");
        var context = JsonFields.OptionalString(obj, "context");
        var prompt = JsonFields.RequiredString(obj, "prompt");
        var target = JsonFields.RequiredArray(obj, "target");
        var benchmark = JsonFields.OptionalString(obj, "benchmark_name");
        var metadata = new Dictionary<string, string> { ["problem_type"] = type };
        switch (type)
        {
            case "multiple-choice":
                var options = JsonFields.StringList(JsonFields.RequiredArray(obj, "options"), "options");
                var correct = new List<int>();
                foreach (var t in target.EnumerateArray())
                {
                    if (t.ValueKind != JsonValueKind.Number || !t.TryGetInt32(out var index) || index < 0 || index >= options.Count)
                    {
                        throw new ItemFormatException(
                            $"field 'target' must hold option indices 0..{options.Count - 1} for a multiple-choice item");
                    }

                    correct.Add(index);
                }

                return new BenchmarkItem
                {
                    Id = key,
                    Kind = Kind,
                    Turns = [BenchmarkPrompts.MultipleChoice(context, prompt, options)],
                    Options = options,
                    CorrectOptions = correct,
                    References = correct.Select(i => options[i]).ToList(),
                    Category = benchmark,
                    Subcategory = type,
                    Metadata = metadata,
                };
            case "free-form":
                return new BenchmarkItem
                {
                    Id = key,
                    Kind = Kind,
                    Turns = [BenchmarkPrompts.FreeForm(context, prompt)],
                    References = JsonFields.StringList(target, "target"),
                    Category = benchmark,
                    Subcategory = type,
                    Metadata = metadata,
                };
            default:
                throw new ItemFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"field 'problem_type' must be 'free-form' or 'multiple-choice', found '{type}'"));
        }
    }
}
