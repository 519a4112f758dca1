namespace Archon.Core.Models;

/// <summary>
/// Makes one model call on behalf of a component: resolves the model, enforces the query's budget, and records the
/// call in the trace. Throws <see cref="BudgetExceededException"/> when the budget forbids the call.
/// </summary>
public interface IModelInvoker
{
    /// <summary>Calls the model and returns its text.</summary>
    Task<ModelCallResult> CallAsync(ModelCallRequest request, CancellationToken cancellationToken);
}
