namespace Archon.Search.Spaces;

/// <summary>A search space file breaks a rule; the message names the field (a JSON path) and the rule.</summary>
public sealed class SearchSpaceException : Exception
{
    public SearchSpaceException()
    {
    }

    public SearchSpaceException(string message)
        : base(message)
    {
    }

    public SearchSpaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds the exception for a field and its rule.</summary>
    public static SearchSpaceException For(string path, string rule) => new($"{path}: {rule}");
}
