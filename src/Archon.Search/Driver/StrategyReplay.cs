using Archon.Search.Evaluation;
using Archon.Search.Strategies;

namespace Archon.Search.Driver;

/// <summary>
/// Rebuilds a fresh strategy's state from recorded <see cref="StrategyEvent"/>s: each ask calls
/// <see cref="ISearchStrategy.Next"/> and checks it proposes what was recorded, each tell calls
/// <see cref="ISearchStrategy.Report"/>. This lets a search run trials concurrently and still resume exactly.
/// </summary>
public static class StrategyReplay
{
    /// <summary>
    /// Replays <paramref name="events"/> into <paramref name="strategy"/> (which must be new, with the recorded seed);
    /// returns the requests asked so far, by trial. Throws <see cref="InvalidOperationException"/> when the strategy
    /// now proposes something else or a tell names a trial not yet asked.
    /// </summary>
    public static IReadOnlyList<TrialRequest> Replay(ISearchStrategy strategy, IEnumerable<StrategyEvent> events)
    {
        var asked = new List<TrialRequest>();
        Continue(strategy, events, asked);
        return asked;
    }

    /// <summary>
    /// Replays further <paramref name="events"/> into a strategy that has already been given the events before them;
    /// <paramref name="asked"/> holds its requests so far and receives the new ones.
    /// </summary>
    public static void Continue(ISearchStrategy strategy, IEnumerable<StrategyEvent> events, List<TrialRequest> asked)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(asked);
        foreach (var e in events)
        {
            if (e.Kind == StrategyEvent.Ask)
            {
                var request = strategy.Next();
                if (e.Trial != asked.Count || request is null || request.PointIndex != e.PointIndex || request.Items != e.Items)
                {
                    throw new InvalidOperationException(
                        $"trial {e.Trial} does not replay: recorded point {e.PointIndex} on {e.Items} items, the {strategy.Name} strategy now proposes " +
                        (request is null ? "nothing" : $"point {request.PointIndex} on {request.Items} items"));
                }

                asked.Add(request);
            }
            else if (e.Kind == StrategyEvent.Tell)
            {
                if (e.Trial < 0 || e.Trial >= asked.Count)
                {
                    throw new InvalidOperationException($"a tell names trial {e.Trial}, which was not asked");
                }

                strategy.Report(asked[e.Trial], e.Score);
            }
            else
            {
                throw new InvalidOperationException($"unknown strategy event kind '{e.Kind}'");
            }
        }
    }
}
