using System.Globalization;
using System.Text.Json;
using Archon.Search.Driver;
using Archon.Search.Spaces;

namespace Archon.Cli.Search;

/// <summary>Prints what <c>archon search space</c> found: as JSON, or as two readable lines.</summary>
internal static class SpaceCountsOutput
{
    public static void Write(SpaceCounts counts, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(counts, SearchStateStore.JsonOptions));
            return;
        }

        var feasible = counts.FeasibleExact
            ? string.Create(CultureInfo.InvariantCulture, $"{counts.Feasible:N0} feasible")
            : string.Create(CultureInfo.InvariantCulture, $"about {counts.Feasible:N0} feasible (estimated from a sample of {SpaceLimits.FeasibilitySample:N0}; a search samples this space instead of listing it)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"space {counts.Space}: {counts.Configurations:N0} configurations, {counts.Distinct:N0} distinct architectures, {feasible}"));
        if (counts.RemovedByRule.Count > 0)
        {
            output.WriteLine("removed by rule (an architecture may break several): " +
                             string.Join(", ", counts.RemovedByRule.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}"))));
        }
    }
}
