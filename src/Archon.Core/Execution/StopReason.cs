namespace Archon.Core.Execution;

/// <summary>Why a query stopped.</summary>
public enum StopReason
{
    /// <summary>Every layer ran.</summary>
    Completed,

    /// <summary>The per-query call limit was reached.</summary>
    MaxCalls,

    /// <summary>The per-query cost limit was reached.</summary>
    MaxCost,

    /// <summary>The per-query deadline passed.</summary>
    Deadline,

    /// <summary>The caller cancelled.</summary>
    Cancelled,

    /// <summary>
    /// A component that is not <c>optional</c> produced nothing (see <see cref="ComponentFailures"/>): the query is an
    /// error, listed in <see cref="QueryResult.Failures"/>.
    /// </summary>
    Failed,
}
