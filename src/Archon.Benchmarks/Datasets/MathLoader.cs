using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// MATH / MATH-500 JSONL: <c>problem</c>, <c>solution</c>, <c>answer</c> (LaTeX), <c>subject</c>, <c>level</c>,
/// optional <c>unique_id</c>. When <c>answer</c> is absent (the full MATH release) the last <c>\boxed{…}</c> of the
/// solution is the answer.
/// </summary>
internal sealed class MathLoader : JsonlDatasetLoader
{
    public override string Kind => DatasetKinds.Math;

    protected override BenchmarkItem Parse(JsonElement obj, int line)
    {
        var problem = JsonFields.RequiredString(obj, "problem");
        var solution = JsonFields.OptionalString(obj, "solution");
        var answer = JsonFields.OptionalString(obj, "answer")
                     ?? (solution is null ? null : BoxedAnswer.Last(solution))
                     ?? throw new ItemFormatException("field 'answer' is missing and 'solution' has no \\boxed{} answer");
        var subject = JsonFields.OptionalString(obj, "subject") ?? JsonFields.OptionalString(obj, "type");
        var level = JsonFields.OptionalScalar(obj, "level");
        var metadata = new Dictionary<string, string> { ["problem"] = problem };
        if (solution is not null)
        {
            metadata["solution"] = solution;
        }

        return new BenchmarkItem
        {
            Id = JsonFields.OptionalString(obj, "unique_id") ?? $"math-{line}",
            Kind = Kind,
            Turns = [BenchmarkPrompts.Math(problem)],
            References = [answer],
            Category = subject,
            Subcategory = level is null ? null : level.StartsWith("Level", StringComparison.Ordinal) ? level : $"Level {level}",
            Metadata = metadata,
        };
    }
}
