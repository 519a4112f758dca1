namespace Archon.Service.Tests.Searches;

/// <summary>Tiny search spaces over the simulated models, for the search tests.</summary>
internal static class SearchSpacesJson
{
    /// <summary>
    /// 2 generator counts × 2 fuser models are feasible; the 4 points with 3 samples per generator need more than
    /// 3 calls per query and are removed.
    /// </summary>
    public static object Tiny(params double[] fuserTemperatures) => new
    {
        name = "tiny-sim",
        ranking = new[] { "sim-small", "sim-xl" },
        generators = new { topK = new { min = 1, max = 2 }, samples = new[] { 1, 3 }, temperature = 0.7 },
        fusion = new { layers = 1, models = new[] { "sim-small", "sim-large" }, temperature = fuserTemperatures.Length == 0 ? [0.7] : fuserTemperatures },
        constraints = new { maxCallsPerQuery = 3 },
    };
}
