using Archon.Core.Architectures;
using Archon.Core.Tracing;

namespace Archon.Core.Execution;

/// <summary>
/// Decides whether a component that ran produced nothing. A component that made model calls and saw every one of
/// them fail (after the pipeline's retries) has no output to trust, whatever it returned: a critic without critiques,
/// a ranker that kept the incoming order, a generator without candidates. A reply that could not be parsed is not a
/// failure — the component degrades as documented. Hosts that run components one at a time (an orchestration's
/// activities) apply the same rule to the calls each run recorded.
/// </summary>
public static class ComponentFailures
{
    /// <summary>
    /// The failure of component <paramref name="componentIndex"/> of <paramref name="layer"/>, judged from the calls it
    /// made (<paramref name="calls"/> may hold other components' calls too), or null when any call succeeded or it made
    /// none.
    /// </summary>
    public static ComponentFailure? FromCalls(int layer, int componentIndex, ComponentConfig config, IEnumerable<CallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(calls);
        CallRecord? lastFailed = null;
        foreach (var call in calls)
        {
            if (call.Layer != layer || call.ComponentIndex != componentIndex)
            {
                continue;
            }

            if (call.Error is null)
            {
                return null;
            }

            lastFailed = call;
        }

        return lastFailed is null
            ? null
            : new ComponentFailure(layer, config.Type, componentIndex, config.Model, $"every model call failed after its retries (last: {lastFailed.Error})");
    }

    /// <summary>The failure of a component whose run threw <paramref name="exception"/>.</summary>
    public static ComponentFailure FromException(int layer, int componentIndex, ComponentConfig config, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(exception);
        return new ComponentFailure(layer, config.Type, componentIndex, config.Model, $"the component failed ({exception.GetType().Name}: {exception.Message})");
    }

    /// <summary>True when the config marks the component <c>optional</c>: its failure is a warning, not the query's.</summary>
    public static bool IsOptional(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.GetBool(ConfigKeys.Optional);
    }
}
