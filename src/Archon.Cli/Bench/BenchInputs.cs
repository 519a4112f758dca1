using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Core.Text;

namespace Archon.Cli.Bench;

/// <summary>Loads a dataset for the bench commands, reporting malformed entries, and applies split and limit.</summary>
internal static class BenchInputs
{
    /// <summary>The loaded items, or null after writing the reason to <paramref name="error"/>.</summary>
    public static IReadOnlyList<BenchmarkItem>? LoadDataset(string kind, string path, bool failOnMalformed, TextWriter error)
    {
        if (!DatasetKinds.All.Contains(kind))
        {
            error.WriteLine($"--dataset: unknown kind '{ClippedText.Clip(kind)}'; expected one of: {string.Join(", ", DatasetKinds.All)}");
            return null;
        }

        try
        {
            var result = DatasetLoaders.Load(kind, path, failOnMalformed ? MalformedEntryPolicy.Fail : MalformedEntryPolicy.Skip);
            if (result.Issues.Count > 0)
            {
                error.WriteLine($"{path}: skipped {result.Issues.Count} malformed entries (use --on-malformed fail to stop instead):");
                foreach (var issue in result.Issues.Take(10))
                {
                    error.WriteLine($"  {issue}");
                }
            }

            if (result.Items.Count == 0)
            {
                error.WriteLine($"{path}: no items could be read as '{kind}'");
                return null;
            }

            return result.Items;
        }
        catch (Exception ex) when (ex is DatasetFormatException or FileNotFoundException or IOException)
        {
            error.WriteLine($"--data: {ex.Message}");
            return null;
        }
    }

    public static IReadOnlyList<BenchmarkItem> Select(IReadOnlyList<BenchmarkItem> items, SplitPart part, int seed, int? limit)
    {
        var selected = BenchmarkSplit.Select(items, i => i.Id, part, seed);
        return limit is { } n ? selected.Take(n).ToList() : selected;
    }

    public static string SplitLine(IReadOnlyList<BenchmarkItem> items, int seed)
    {
        var search = items.Count(i => BenchmarkSplit.IsSearch(i.Id, seed));
        return $"{items.Count} items ({search} search / {items.Count - search} held-out)";
    }
}
