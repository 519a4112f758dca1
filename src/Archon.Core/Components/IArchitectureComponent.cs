namespace Archon.Core.Components;

/// <summary>
/// One configured component of a layer. Implementations make all their model calls through
/// <see cref="ComponentInput.Models"/> (which records the trace and enforces budgets), run independent calls
/// concurrently, and never throw for unparseable model output: they degrade as documented and report a warning.
/// A <see cref="Models.BudgetExceededException"/> from the invoker must propagate.
/// </summary>
public interface IArchitectureComponent
{
    /// <summary>The component type name, e.g. <c>ranker</c>.</summary>
    string Type { get; }

    /// <summary>Runs the component on the previous layer's output.</summary>
    Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken);
}
