using System.Globalization;
using Archon.Core.Models;
using Archon.Core.Tracing;

namespace Archon.Core.Execution;

/// <summary>
/// Enforces one query's <see cref="QueryOptions"/> limits. Every model call reserves a slot here before it is made;
/// once a limit is reached every further reservation fails, so concurrent components stop making new calls while
/// their calls already in flight complete. Thread-safe.
/// </summary>
internal sealed class QueryBudget
{
    private readonly int? _maxCalls;
    private readonly decimal? _maxCostUsd;
    private readonly TraceCollector _trace;
    private readonly CancellationToken _deadline;
    private readonly TimeSpan? _deadlineAfter;
    private int _reserved;

    public QueryBudget(QueryOptions options, TraceCollector trace, CancellationToken deadline)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxCalls = options.MaxCalls;
        _maxCostUsd = options.MaxCostUsd;
        _deadlineAfter = options.Deadline;
        _trace = trace;
        _deadline = deadline;
    }

    /// <summary>True once the query's deadline has passed.</summary>
    public bool DeadlinePassed => _deadline.IsCancellationRequested;

    /// <summary>Reserves one model call.</summary>
    /// <exception cref="BudgetExceededException">A limit forbids the call.</exception>
    public void ReserveCall()
    {
        if (DeadlinePassed)
        {
            throw DeadlineExceeded();
        }

        if (_maxCostUsd is { } maxCost)
        {
            var spent = _trace.CostUsd;
            if (spent >= maxCost)
            {
                throw new BudgetExceededException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The cost limit of ${maxCost} was reached (${spent:0.######} spent)."))
                {
                    Limit = BudgetLimit.Cost,
                };
            }
        }

        if (_maxCalls is { } maxCalls && Interlocked.Increment(ref _reserved) > maxCalls)
        {
            throw new BudgetExceededException(string.Create(
                CultureInfo.InvariantCulture,
                $"The limit of {maxCalls} model calls was reached."))
            {
                Limit = BudgetLimit.Calls,
            };
        }
    }

    /// <summary>The exception for a passed deadline.</summary>
    public BudgetExceededException DeadlineExceeded() =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"The deadline of {_deadlineAfter?.TotalMilliseconds:0} ms passed."))
        {
            Limit = BudgetLimit.Deadline,
        };

    /// <summary>How a query that hit <paramref name="limit"/> stopped.</summary>
    public static StopReason StopReasonOf(BudgetLimit limit) => limit switch
    {
        BudgetLimit.Cost => StopReason.MaxCost,
        BudgetLimit.Deadline => StopReason.Deadline,
        _ => StopReason.MaxCalls,
    };
}
