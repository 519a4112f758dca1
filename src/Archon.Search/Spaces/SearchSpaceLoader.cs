using System.Globalization;
using System.Text.Json;

namespace Archon.Search.Spaces;

/// <summary>
/// Loads a search space from JSON. Each axis may be a single value, a list (<c>[1, 10, 100]</c>) or, for integers,
/// a range object (<c>{"min": 2, "max": 10, "step": 2}</c>). Errors name the field and the rule.
/// See docs/search.md for the format.
/// </summary>
public static class SearchSpaceLoader
{
    /// <summary>Loads a space file; a relative <c>rankingFile</c> is resolved against the file's folder.</summary>
    public static SearchSpace LoadFile(string path, IReadOnlyList<string>? rankingOverride = null)
    {
        if (!File.Exists(path))
        {
            throw new SearchSpaceException($"search space file '{path}' does not exist");
        }

        return Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path)), rankingOverride);
    }

    /// <summary>Parses space JSON; <paramref name="baseDirectory"/> resolves a relative ranking file.</summary>
    public static SearchSpace Parse(string json, string? baseDirectory = null, IReadOnlyList<string>? rankingOverride = null)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new SearchSpaceException($"search space is not valid JSON: {ex.Message}", ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw SearchSpaceException.For("$", "a search space must be a JSON object");
            }

            var name = Str(root, "name") ?? "search-space";
            var ranking = rankingOverride ?? ReadRanking(root, baseDirectory);
            if (ranking.Count == 0)
            {
                throw SearchSpaceException.For("$.ranking", "needs at least one model (give 'ranking' or 'rankingFile')");
            }

            var gen = Obj(root, "generators");
            var fusion = Obj(root, "fusion");
            var cr = Obj(root, "criticRanker");
            var ver = Obj(root, "verifier");
            var ut = Obj(root, "unitTests");
            var fuserModels = Strings(fusion, "models", "$.fusion.models", [ranking[0]]);

            var axes = new List<SpaceAxis>
            {
                IntAxis(gen, "topK", "$.generators.topK", AxisNames.TopK, [1], 1, Math.Min(10, ranking.Count)),
                IntAxis(gen, "samples", "$.generators.samples", AxisNames.Samples, [1], 1, 1000, log: true),
                RealAxis(gen, "temperature", "$.generators.temperature", AxisNames.GeneratorTemperature),
                IntAxis(fusion, "layers", "$.fusion.layers", AxisNames.FusionLayers, [1], 1, 4),
                IntAxis(fusion, "fusersPerLayer", "$.fusion.fusersPerLayer", AxisNames.FusersPerLayer, [2], 1, 10),
                Cat(AxisNames.FuserModel, fuserModels),
                RealAxis(fusion, "temperature", "$.fusion.temperature", AxisNames.FuserTemperature),
                BoolAxis(cr, "enabled", "$.criticRanker.enabled", AxisNames.CriticRanker),
                Cat(AxisNames.CriticModel, Strings(cr, "criticModels", "$.criticRanker.criticModels", fuserModels)),
                Cat(AxisNames.RankerModel, Strings(cr, "rankerModels", "$.criticRanker.rankerModels", fuserModels)),
                BoolAxis(ver, "enabled", "$.verifier.enabled", AxisNames.Verifier),
                Cat(AxisNames.VerifierModel, Strings(ver, "models", "$.verifier.models", fuserModels)),
                BoolAxis(ut, "enabled", "$.unitTests.enabled", AxisNames.UnitTests),
                Cat(AxisNames.UnitTestModel, Strings(ut, "models", "$.unitTests.models", fuserModels)),
                IntAxis(ut, "tests", "$.unitTests.tests", AxisNames.UnitTestCount, [5], 1, 50),
            };

            CollapseUnused(axes);
            var rankerTopK = Int(cr, "rankerTopK", "$.criticRanker.rankerTopK") ?? 5;
            var constraints = ReadConstraints(root);
            var maxTokens = Int(root, "maxTokens", "$.maxTokens") ?? 2048;
            if (rankerTopK < 1 || maxTokens < 1)
            {
                throw SearchSpaceException.For("$.criticRanker.rankerTopK/$.maxTokens", "must be at least 1");
            }

            return new SearchSpace(name, ranking, axes, constraints, rankerTopK, maxTokens);
        }
    }

    /// <summary>Axes that can never matter (the critic model when critic + ranker are never on, …) keep one value.</summary>
    private static void CollapseUnused(List<SpaceAxis> axes)
    {
        static SpaceAxis First(SpaceAxis a) => a with { Values = [a.Values[0]] };
        bool CanBeOn(int i) => axes[i].Values.Contains(true);
        if (axes[3].Values.All(v => (int)v == 1))
        {
            axes[4] = First(axes[4]);
        }

        foreach (var (flag, dependents) in new[] { (7, new[] { 8, 9 }), (10, new[] { 11 }), (12, new[] { 13, 14 }) })
        {
            if (!CanBeOn(flag))
            {
                foreach (var d in dependents)
                {
                    axes[d] = First(axes[d]);
                }
            }
        }
    }

    private static List<string> ReadRanking(JsonElement root, string? baseDirectory)
    {
        if (root.TryGetProperty("ranking", out var r))
        {
            return Strings(root, "ranking", "$.ranking", []).ToList();
        }

        if (Str(root, "rankingFile") is { } file)
        {
            var path = Path.IsPathRooted(file) || baseDirectory is null ? file : Path.Combine(baseDirectory, file);
            return ModelRankingReader.ReadFile(path).ToList();
        }

        return [];
    }

    private static SpaceConstraints ReadConstraints(JsonElement root)
    {
        var c = Obj(root, "constraints");
        if (c is null)
        {
            return SpaceConstraints.None;
        }

        var calls = Int(c, "maxCallsPerQuery", "$.constraints.maxCallsPerQuery");
        var context = Int(c, "fuserContextLimit", "$.constraints.fuserContextLimit");
        decimal? usd = null;
        if (c.Value.TryGetProperty("maxUsdPerQuery", out var u))
        {
            usd = u.ValueKind == JsonValueKind.Number && u.TryGetDecimal(out var d) && d > 0
                ? d
                : throw SearchSpaceException.For("$.constraints.maxUsdPerQuery", "must be a positive number");
        }

        if (calls is < 1 || context is < 1)
        {
            throw SearchSpaceException.For("$.constraints", "maxCallsPerQuery and fuserContextLimit must be at least 1");
        }

        return new SpaceConstraints(calls, usd, context);
    }

    private static JsonElement? Obj(JsonElement? parent, string name)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Object ? e : throw SearchSpaceException.For("$." + name, "must be an object");
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw SearchSpaceException.For("$." + name, "must be a string") : null;

    private static int? Int(JsonElement? parent, string name, string path)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : throw SearchSpaceException.For(path, "must be an integer");
    }

    private static IReadOnlyList<string> Strings(JsonElement? parent, string name, string path, IReadOnlyList<string> fallback)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var v))
        {
            return fallback;
        }

        var list = v.ValueKind switch
        {
            JsonValueKind.String => [v.GetString()!],
            JsonValueKind.Array => v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString())
                ? e.GetString()!
                : throw SearchSpaceException.For(path, "every entry must be a non-empty model name")).ToList(),
            _ => throw SearchSpaceException.For(path, "must be a model name or a list of model names"),
        };
        if (list.Count == 0 || list.Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw SearchSpaceException.For(path, "needs at least one model and no duplicates");
        }

        return list;
    }

    private static SpaceAxis Cat(string axis, IReadOnlyList<string> values) => new(axis, AxisKind.Categorical, values.Cast<object>().ToArray());

    private static SpaceAxis IntAxis(JsonElement? parent, string name, string path, string axis, int[] fallback, int min, int max, bool log = false)
    {
        var values = fallback.ToList();
        if (parent is { } p && p.TryGetProperty(name, out var v))
        {
            values = v.ValueKind switch
            {
                JsonValueKind.Number => [Integer(v, path)],
                JsonValueKind.Array => v.EnumerateArray().Select(e => Integer(e, path)).ToList(),
                JsonValueKind.Object => Range(v, path),
                _ => throw SearchSpaceException.For(path, "must be an integer, a list of integers or {\"min\",\"max\",\"step\"}"),
            };
        }

        if (values.Count == 0 || values.Any(x => x < min || x > max))
        {
            throw SearchSpaceException.For(path, $"values must lie in {min}..{max} (got [{string.Join(", ", values)}])");
        }

        values = values.Distinct().Order().ToList();
        return new SpaceAxis(axis, AxisKind.Integer, values.Cast<object>().ToArray(), log);
    }

    private static List<int> Range(JsonElement v, string path)
    {
        var min = Int(v, "min", path + ".min") ?? throw SearchSpaceException.For(path + ".min", "is required in a range");
        var max = Int(v, "max", path + ".max") ?? throw SearchSpaceException.For(path + ".max", "is required in a range");
        var step = Int(v, "step", path + ".step") ?? 1;
        if (step < 1 || max < min)
        {
            throw SearchSpaceException.For(path, "a range needs step >= 1 and max >= min");
        }

        var list = new List<int>();
        for (var x = min; x <= max; x += step)
        {
            list.Add(x);
        }

        return list;
    }

    private static int Integer(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) ? i : throw SearchSpaceException.For(path, "every value must be an integer");

    private static SpaceAxis RealAxis(JsonElement? parent, string name, string path, string axis)
    {
        var values = new List<double> { 0.7 };
        if (parent is { } p && p.TryGetProperty(name, out var v))
        {
            values = v.ValueKind switch
            {
                JsonValueKind.Number => [v.GetDouble()],
                JsonValueKind.Array => v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw SearchSpaceException.For(path, "every value must be a number")).ToList(),
                _ => throw SearchSpaceException.For(path, "must be a number or a list of numbers"),
            };
        }

        if (values.Count == 0 || values.Any(x => x is < 0 or > 2 || double.IsNaN(x)))
        {
            throw SearchSpaceException.For(path, "temperatures must lie in 0..2 " + string.Join(",", values.Select(x => x.ToString(CultureInfo.InvariantCulture))));
        }

        return new SpaceAxis(axis, AxisKind.Real, values.Distinct().Order().Cast<object>().ToArray());
    }

    private static SpaceAxis BoolAxis(JsonElement? parent, string name, string path, string axis)
    {
        var values = new List<bool> { false };
        if (parent is { } p && p.TryGetProperty(name, out var v))
        {
            values = v.ValueKind switch
            {
                JsonValueKind.True or JsonValueKind.False => [v.GetBoolean()],
                JsonValueKind.Array => v.EnumerateArray().Select(e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : throw SearchSpaceException.For(path, "every value must be true or false")).ToList(),
                _ => throw SearchSpaceException.For(path, "must be true, false or [false, true]"),
            };
        }

        if (values.Count == 0)
        {
            throw SearchSpaceException.For(path, "needs at least one value");
        }

        return new SpaceAxis(axis, AxisKind.Boolean, values.Distinct().Order().Cast<object>().ToArray());
    }
}
