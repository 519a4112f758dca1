namespace Archon.Core.Models;

/// <summary>Which limit of a query's budget refused a model call (see <see cref="BudgetExceededException"/>).</summary>
public enum BudgetLimit
{
    /// <summary>The per-query call limit.</summary>
    Calls,

    /// <summary>The per-query cost limit.</summary>
    Cost,

    /// <summary>The per-query deadline.</summary>
    Deadline,
}
