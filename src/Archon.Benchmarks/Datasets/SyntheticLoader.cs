using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// Synthetic JSONL as written by <c>archon datasets synthetic</c>: <c>id</c>, <c>question</c>, <c>answer</c>
/// (an integer), optional <c>seed</c>.
/// </summary>
internal sealed class SyntheticLoader : JsonlDatasetLoader
{
    public override string Kind => DatasetKinds.Synthetic;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var id = JsonFields.RequiredString(obj, "id");
        var question = JsonFields.RequiredString(obj, "question");
        if (!obj.TryGetProperty("answer", out var a) || a.ValueKind != JsonValueKind.Number || !a.TryGetInt64(out var answer))
        {
            throw new ItemFormatException("field 'answer' must be an integer");
        }

        return new BenchmarkItem
        {
            Id = id,
            Kind = Kind,
            Turns = [question],
            References = [answer.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        };
    }
}
