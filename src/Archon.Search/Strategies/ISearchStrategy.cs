using Archon.Search.Evaluation;

namespace Archon.Search.Strategies;

/// <summary>
/// A search strategy, used ask/tell style: <see cref="Next"/> proposes a trial, <see cref="Report"/> gives its score.
/// Strategies are deterministic for a seed and a sequence of reported scores, so a search resumes by replaying its
/// recorded trials.
/// </summary>
public interface ISearchStrategy
{
    /// <summary>The strategy's name (random, greedy, bayes, tpe, halving).</summary>
    string Name { get; }

    /// <summary>The next trial, or null when the strategy has nothing left to try.</summary>
    TrialRequest? Next();

    /// <summary>Reports the score of the trial last returned by <see cref="Next"/>.</summary>
    void Report(TrialRequest request, double score);

    /// <summary>A short description of the strategy's internal state, for the state file and the report.</summary>
    IReadOnlyDictionary<string, string> DescribeState();
}
