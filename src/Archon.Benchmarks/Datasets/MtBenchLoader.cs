using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// MT-Bench JSONL: <c>question_id</c>, <c>category</c>, <c>turns: [str, str]</c>, optional <c>reference: [str, …]</c>.
/// The same file serves single-answer grading (<see cref="DatasetKinds.MtBench"/>) and pairwise grading
/// (<see cref="DatasetKinds.MtBenchPairwise"/>).
/// </summary>
internal sealed class MtBenchLoader(string kind = DatasetKinds.MtBench) : JsonlDatasetLoader
{
    public override string Kind => kind;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var id = JsonFields.OptionalScalar(obj, "question_id") ?? throw new ItemFormatException("field 'question_id' is missing");
        var turns = JsonFields.StringList(JsonFields.RequiredArray(obj, "turns"), "turns");
        var references = obj.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.Array
            ? JsonFields.StringList(r, "reference")
            : [];
        return new BenchmarkItem
        {
            Id = id,
            Kind = Kind,
            Turns = turns,
            References = references,
            Category = JsonFields.OptionalString(obj, "category"),
        };
    }
}
