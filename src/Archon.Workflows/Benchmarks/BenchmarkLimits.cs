namespace Archon.Workflows.Benchmarks;

/// <summary>The bounds a benchmark or search request must keep, checked before anything is stored.</summary>
internal static class BenchmarkLimits
{
    /// <summary>Items one run (or one search) may evaluate; more is refused with 400 naming <c>items</c>.</summary>
    public const int MaxItems = 100_000;

    /// <summary>Items of one run evaluated at once (<c>parallel</c>).</summary>
    public const int MaxParallel = 256;
}
