namespace Archon.Benchmarks.Datasets;

/// <summary>One entry of a dataset is malformed; the loader adds the line number.</summary>
internal sealed class ItemFormatException : Exception
{
    public ItemFormatException()
    {
    }

    public ItemFormatException(string message)
        : base(message)
    {
    }

    public ItemFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
