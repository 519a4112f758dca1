using System.Globalization;
using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>GSM8K JSONL: <c>question</c>, <c>answer</c> (worked solution ending in <c>#### &lt;number&gt;</c>).</summary>
internal sealed class Gsm8kLoader : JsonlDatasetLoader
{
    public override string Kind => DatasetKinds.Gsm8k;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var question = JsonFields.RequiredString(obj, "question");
        var answer = JsonFields.RequiredString(obj, "answer");
        var marker = answer.LastIndexOf("####", StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new ItemFormatException("field 'answer' must end with '#### <number>'");
        }

        var number = answer[(marker + 4)..].Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            throw new ItemFormatException($"field 'answer': '{number}' after '####' is not a number");
        }

        return new BenchmarkItem
        {
            Id = JsonFields.OptionalScalar(obj, "id") ?? $"gsm8k-{line}",
            Kind = Kind,
            Turns = [BenchmarkPrompts.Gsm8k(question)],
            References = [number],
            Metadata = new Dictionary<string, string> { ["question"] = question, ["solution"] = answer },
        };
    }
}
