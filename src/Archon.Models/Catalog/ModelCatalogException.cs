namespace Archon.Models.Catalog;

/// <summary>Thrown when a model catalog is invalid. <see cref="Errors"/> lists every problem, each naming the entry and field.</summary>
public sealed class ModelCatalogException : Exception
{
    public ModelCatalogException()
        : this("The model catalog is invalid.")
    {
    }

    public ModelCatalogException(string message)
        : this(message, [message])
    {
    }

    public ModelCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public ModelCatalogException(string message, IReadOnlyList<string> errors)
        : base(message)
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
