namespace Archon.Search.Spaces;

/// <summary>A search space file breaks a rule; the message names the field (a JSON path) and the rule.</summary>
public sealed class SearchSpaceException : Exception
{
    private readonly string? _rule;

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

    private SearchSpaceException(string path, string rule)
        : base($"{path}: {rule}")
    {
        Path = path;
        _rule = rule;
    }

    /// <summary>The field at fault as a JSON path (<c>$.generators.samples</c>); <c>$</c> when the whole space is.</summary>
    public string Path { get; } = "$";

    /// <summary>The rule broken, without the path.</summary>
    public string Rule => _rule ?? Message;

    /// <summary>Builds the exception for a field and its rule.</summary>
    public static SearchSpaceException For(string path, string rule) => new(path, rule);
}
