using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>Arena-Hard-Auto JSONL: <c>question_id</c>, <c>category</c>, <c>cluster</c>, <c>turns: [{content}]</c>.</summary>
internal sealed class ArenaHardLoader : JsonlDatasetLoader
{
    public override string Kind => DatasetKinds.ArenaHard;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var id = JsonFields.OptionalScalar(obj, "question_id") ?? throw new ItemFormatException("field 'question_id' is missing");
        var turns = new List<string>();
        var i = 0;
        foreach (var turn in JsonFields.RequiredArray(obj, "turns").EnumerateArray())
        {
            turns.Add(turn.ValueKind switch
            {
                JsonValueKind.Object => JsonFields.RequiredString(turn, "content"),
                JsonValueKind.String => turn.GetString()!,
                _ => throw new ItemFormatException($"field 'turns[{i}]' must be an object with 'content'"),
            });
            i++;
        }

        return new BenchmarkItem
        {
            Id = id,
            Kind = Kind,
            Turns = turns,
            Category = JsonFields.OptionalString(obj, "category"),
            Subcategory = JsonFields.OptionalString(obj, "cluster"),
        };
    }
}
