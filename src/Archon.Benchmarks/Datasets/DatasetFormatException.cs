namespace Archon.Benchmarks.Datasets;

/// <summary>A dataset file (or one of its lines) is not in the expected published format.</summary>
public sealed class DatasetFormatException : Exception
{
    public DatasetFormatException()
    {
    }

    public DatasetFormatException(string message)
        : base(message)
    {
    }

    public DatasetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 1-based line of the first problem, or 0 when the file as a whole is unreadable.</summary>
    public int Line { get; init; }
}
