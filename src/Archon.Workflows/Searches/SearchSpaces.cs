using System.Collections.Concurrent;
using System.Text.Json;
using Archon.Search.Driver;
using Archon.Search.Reporting;
using Archon.Search.Spaces;
using Archon.Workflows.Architectures;

namespace Archon.Workflows.Searches;

/// <summary>
/// Reads inline search spaces with the library's loader and enumerator (infeasible points removed), checks that the
/// service can run their architectures, and keeps recent enumerations so a step does not redo the work.
/// </summary>
internal sealed class SearchSpaces
{
    private const int Kept = 16;
    private readonly ModelPrices _prices;
    private readonly ArchitectureChecker _checker;
    private readonly ConcurrentDictionary<string, SpaceEnumeration> _recent = new(StringComparer.Ordinal);

    public SearchSpaces(ModelPrices prices, ArchitectureChecker checker)
    {
        _prices = prices;
        _checker = checker;
    }

    /// <summary>Loads and enumerates a request's space; on failure returns the request field (<c>space.…</c>) and the rule.</summary>
    public (SpaceEnumeration? Space, string Field, string? Error) Load(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return (null, "space", "must be a search space object (the format of examples/search-spaces/*.json)");
        }

        if (json.TryGetProperty("rankingFile", out _))
        {
            return (null, "space.rankingFile", "not available in the service (it would read a server file); list the models in \"ranking\"");
        }

        SpaceEnumeration enumeration;
        try
        {
            enumeration = Enumerate(json.GetRawText());
        }
        catch (SearchSpaceException ex)
        {
            return (null, Field(ex.Message, out var rule), rule);
        }

        if (enumeration.Feasible.Count == 0)
        {
            var rules = string.Join(", ", enumeration.InfeasibleByRule.Select(kv => $"{kv.Key}: {kv.Value}"));
            return (null, "space.constraints", $"no architecture meets the constraints ({enumeration.InfeasibleCount} infeasible; {rules})");
        }

        var unrunnable = FirstUnrunnable(enumeration);
        return unrunnable is null ? (enumeration, "space", null) : (null, "space", unrunnable);
    }

    /// <summary>The enumeration a running search was started with; throws when the space now enumerates differently.</summary>
    public SpaceEnumeration Get(JsonElement space, string startedWith)
    {
        var enumeration = Enumerate(space.GetRawText());
        var fingerprint = SearchDriver.Fingerprint(enumeration);
        return fingerprint == startedWith
            ? enumeration
            : throw new InvalidOperationException(
                $"the search space now enumerates differently (fingerprint {fingerprint}, started with {startedWith}): the model catalog or its prices changed");
    }

    private SpaceEnumeration Enumerate(string json)
    {
        if (_recent.TryGetValue(json, out var known))
        {
            return known;
        }

        var enumeration = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(json), _prices.Of);
        if (_recent.Count >= Kept)
        {
            _recent.Clear();
        }

        _recent[json] = enumeration;
        return enumeration;
    }

    // Checks the first architecture that uses each model (unknown models, components the engine cannot run), among
    // the space's covering points: a sampled space is never listed.
    private string? FirstUnrunnable(SpaceEnumeration enumeration)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var covering in enumeration.Space.CoveringPoints())
        {
            var point = (Key: covering.Key, Architecture: ArchitectureBuilder.Build(enumeration.Space, covering));
            var introduces = false;
            foreach (var component in point.Architecture.Layers.SelectMany(l => l.Components))
            {
                introduces |= seen.Add(component.Model);
            }

            if (!introduces)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(ArchitectureJsonWriter.ToJson(point.Architecture));
            var check = _checker.Check(doc.RootElement, point.Architecture.Name);
            if (check.Architecture is null)
            {
                return $"the architecture of point {point.Key} cannot run here: {string.Join("; ", check.Errors)}";
            }
        }

        return null;
    }

    // The loader names fields as JSON paths ("$.fusion.layers: values must lie in 1..4"); requests name them "space.fusion.layers".
    private static string Field(string message, out string rule)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        if (message.StartsWith('$') && colon > 0)
        {
            rule = message[(colon + 2)..];
            var path = message[1..colon];
            return "space" + (path.Length == 0 ? string.Empty : path);
        }

        rule = message;
        return "space";
    }
}
