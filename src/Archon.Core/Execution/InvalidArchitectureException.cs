namespace Archon.Core.Execution;

/// <summary>
/// Thrown by <see cref="ArchitectureRunner"/> before any model call when an architecture cannot run: a layer is
/// empty, a component type is not registered, or a model is not in the catalog.
/// </summary>
public sealed class InvalidArchitectureException : Exception
{
    public InvalidArchitectureException()
        : this([])
    {
    }

    public InvalidArchitectureException(string message)
        : this([message])
    {
    }

    public InvalidArchitectureException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception from every problem found (each starting with its JSON path).</summary>
    public InvalidArchitectureException(IReadOnlyList<string> problems)
        : base(problems is { Count: > 0 }
            ? "The architecture cannot run:" + Environment.NewLine + string.Join(Environment.NewLine, problems)
            : "The architecture cannot run.")
    {
        Problems = problems ?? [];
    }

    /// <summary>Every problem found, each starting with its JSON path, e.g. <c>$.layers[1][0].model</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
