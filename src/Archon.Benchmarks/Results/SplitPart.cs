namespace Archon.Benchmarks.Results;

/// <summary>Which part of a dataset to use.</summary>
public enum SplitPart
{
    /// <summary>Every item.</summary>
    All,

    /// <summary>The search part (default 20%).</summary>
    Search,

    /// <summary>The held-out part (default 80%).</summary>
    HeldOut,
}
