using System.Globalization;
using Archon.Workflows.Benchmarks;

namespace Archon.Workflows.Tests.Support;

/// <summary>Plain benchmark items "What is A + B?" with their answers; the tag keeps questions unique per test.</summary>
internal static class SumItems
{
    public static IReadOnlyList<BenchmarkInputItem> Create(int count, int tag) =>
        [.. Enumerable.Range(0, count).Select(i => new BenchmarkInputItem($"item-{i}", $"What is {tag} + {i}?", (tag + i).ToString(CultureInfo.InvariantCulture)))];
}
