namespace Archon.Core.Models;

/// <summary>Thrown by an <see cref="IModelInvoker"/> when a query's budget forbids another call.</summary>
public sealed class BudgetExceededException : Exception
{
    public BudgetExceededException()
    {
    }

    public BudgetExceededException(string message)
        : base(message)
    {
    }

    public BudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Which limit was reached.</summary>
    public BudgetLimit Limit { get; init; } = BudgetLimit.Calls;
}
