namespace Archon.Search.Driver;

/// <summary>
/// The value a search optimises, the same for <c>archon search</c> and the service's searches: the score in points
/// (0–100) minus <c>costWeight</c> points per dollar per query (cost weight 0, the default, optimises the score alone).
/// </summary>
public static class SearchObjective
{
    public static double Of(double scorePoints, decimal usdPerQuery, double costWeight) => scorePoints - (costWeight * (double)usdPerQuery);

    /// <summary>What a finished trial tells the strategy: the objective of its run, 0 when it failed.</summary>
    public static double Of(TrialRecord trial, double costWeight)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return trial.Status == TrialStatus.Completed ? Of(trial.Score, trial.UsdPerQuery, costWeight) : 0;
    }
}
