using System.Text.Json;
using Archon.Core.Synthetic;

namespace Archon.Benchmarks.Datasets;

/// <summary>
/// Writes the simulated models' synthetic task family as JSONL, one object per line:
/// <c>{"id":"syn-7-0001","question":"…","answer":42,"seed":7}</c>. <c>--dataset synthetic</c> reads it back.
/// </summary>
public static class SyntheticDataset
{
    /// <summary>Generates <paramref name="count"/> tasks for <paramref name="seed"/> and writes them to <paramref name="path"/>.</summary>
    public static int Write(string path, int count, int seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var writer = new StreamWriter(path, append: false) { NewLine = "\n" };
        foreach (var line in Lines(count, seed))
        {
            writer.WriteLine(line);
        }

        return count;
    }

    /// <summary>The JSONL lines for <paramref name="count"/> tasks of <paramref name="seed"/>.</summary>
    public static IEnumerable<string> Lines(int count, int seed) =>
        SyntheticTasks.Generate(count, seed).Select(t => JsonSerializer.Serialize(new { id = t.Id, question = t.Question, answer = t.Answer, seed }));

    /// <summary>The tasks as benchmark items, without a file.</summary>
    public static IReadOnlyList<BenchmarkItem> Items(int count, int seed) =>
        SyntheticTasks.Generate(count, seed).Select(t => new BenchmarkItem
        {
            Id = t.Id,
            Kind = DatasetKinds.Synthetic,
            Turns = [t.Question],
            References = [t.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        }).ToList();
}
