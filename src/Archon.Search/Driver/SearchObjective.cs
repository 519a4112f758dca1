namespace Archon.Search.Driver;

/// <summary>
/// The value a search optimises, the same for <c>archon search</c> and the service's searches: the score in points
/// (0–100) minus <c>costWeight</c> points per dollar per query (cost weight 0, the default, optimises the score alone).
/// </summary>
public static class SearchObjective
{
    public static double Of(double scorePoints, decimal usdPerQuery, double costWeight) => scorePoints - (costWeight * (double)usdPerQuery);
}
