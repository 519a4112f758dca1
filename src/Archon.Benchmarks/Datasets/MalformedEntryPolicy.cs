namespace Archon.Benchmarks.Datasets;

/// <summary>What a loader does with a line or entry it cannot read.</summary>
public enum MalformedEntryPolicy
{
    /// <summary>Skip it and report it with its line number.</summary>
    Skip,

    /// <summary>Throw <see cref="DatasetFormatException"/> naming the line.</summary>
    Fail,
}
