using System.Text.Json;

namespace Archon.Search.Spaces;

/// <summary>Reads the <c>constraints</c> object of a space file.</summary>
internal static class SpaceConstraintsReader
{
    public static SpaceConstraints Read(JsonElement root)
    {
        var c = AxisReader.Obj(root, "constraints", "$.constraints");
        if (c is null)
        {
            return SpaceConstraints.None;
        }

        var calls = AxisReader.Int(c, "maxCallsPerQuery", "$.constraints.maxCallsPerQuery", 1);
        var context = AxisReader.Int(c, "fuserContextLimit", "$.constraints.fuserContextLimit", 1);
        var minLayers = AxisReader.Int(c, "minFusionLayers", "$.constraints.minFusionLayers", 1, 4);
        decimal? usd = null;
        if (c.Value.TryGetProperty("maxUsdPerQuery", out var u))
        {
            usd = u.ValueKind == JsonValueKind.Number && u.TryGetDecimal(out var d) && d > 0
                ? d
                : throw SearchSpaceException.For("$.constraints.maxUsdPerQuery", "must be a positive number");
        }

        return new SpaceConstraints(calls, usd, context, minLayers);
    }
}
