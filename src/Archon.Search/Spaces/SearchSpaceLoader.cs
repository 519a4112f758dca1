using System.Text.Json;

namespace Archon.Search.Spaces;

/// <summary>
/// Loads a search space from JSON. Each axis may be a single value, a list (<c>[1, 10, 100]</c>) or, for integers,
/// a range object (<c>{"min": 2, "max": 10, "step": 2}</c>). Errors name the field and the rule. Every list and range
/// is checked against <see cref="SpaceLimits"/> before it is built, and the space is counted
/// (<see cref="SpaceSize"/>) and refused above <see cref="SpaceLimits.MaxPoints"/>, so a hostile file is answered
/// quickly. See docs/search.md for the format.
/// </summary>
public static class SearchSpaceLoader
{
    /// <summary>Loads a space file; relative ranking files are resolved against the file's folder.</summary>
    public static SearchSpace LoadFile(string path, IReadOnlyList<string>? rankingOverride = null)
    {
        if (!File.Exists(path))
        {
            throw new SearchSpaceException($"search space file '{path}' does not exist");
        }

        return Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path)), rankingOverride);
    }

    /// <summary>
    /// Parses space JSON. Ranking files (<c>rankingFile</c>, <c>fusion.rankingFile</c>) are read only when
    /// <paramref name="baseDirectory"/> is given (relative paths resolve against it); without it they are refused, so
    /// text from a request never opens a file.
    /// </summary>
    public static SearchSpace Parse(string json, string? baseDirectory = null, IReadOnlyList<string>? rankingOverride = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        SpaceJsonGuard.Check(json);
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
            var space = Read(doc.RootElement, baseDirectory, rankingOverride);
            SpaceSize.ThrowIfTooLarge(space);
            return space;
        }
    }

    private static SearchSpace Read(JsonElement root, string? baseDirectory, IReadOnlyList<string>? rankingOverride)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw SearchSpaceException.For("$", "a search space must be a JSON object");
        }

        var name = AxisReader.Str(root, "name", "$.name") ?? "search-space";
        var ranking = rankingOverride ?? ReadRanking(root, "$", baseDirectory, ModelRankingReader.GeneratorRole);
        if (ranking.Count == 0)
        {
            throw SearchSpaceException.For("$.ranking", "needs at least one model (give 'ranking' or 'rankingFile')");
        }

        var gen = AxisReader.Obj(root, "generators", "$.generators");
        var fusion = AxisReader.Obj(root, "fusion", "$.fusion");
        var cr = AxisReader.Obj(root, "criticRanker", "$.criticRanker");
        var ver = AxisReader.Obj(root, "verifier", "$.verifier");
        var ut = AxisReader.Obj(root, "unitTests", "$.unitTests");
        var fuserModels = FuserModels(fusion, ranking, baseDirectory);
        var layers = AxisReader.Ints(fusion, "layers", "$.fusion.layers", [1], 1, 4);
        var fuserCounts = FuserCounts(fusion, layers.Max());

        var axes = new List<SpaceAxis>
        {
            Ints(AxisNames.TopK, AxisReader.Ints(gen, "topK", "$.generators.topK", [1], 1, Math.Min(10, ranking.Count))),
            Ints(AxisNames.Samples, AxisReader.Ints(gen, "samples", "$.generators.samples", [1], 1, 1000), log: true),
            Reals(AxisNames.GeneratorTemperature, AxisReader.Temperatures(gen, "temperature", "$.generators.temperature")),
            Ints(AxisNames.FusionLayers, layers),
            Ints(AxisNames.FusersPerLayer, fuserCounts.Slots[0]),
            Cat(AxisNames.FuserModel, fuserModels),
            Reals(AxisNames.FuserTemperature, AxisReader.Temperatures(fusion, "temperature", "$.fusion.temperature")),
            Bools(AxisNames.CriticRanker, AxisReader.Bools(cr, "enabled", "$.criticRanker.enabled")),
            Cat(AxisNames.CriticModel, AxisReader.Strings(cr, "criticModels", "$.criticRanker.criticModels", fuserModels)),
            Cat(AxisNames.RankerModel, AxisReader.Strings(cr, "rankerModels", "$.criticRanker.rankerModels", fuserModels)),
            Bools(AxisNames.Verifier, AxisReader.Bools(ver, "enabled", "$.verifier.enabled")),
            Cat(AxisNames.VerifierModel, AxisReader.Strings(ver, "models", "$.verifier.models", fuserModels)),
            Bools(AxisNames.UnitTests, AxisReader.Bools(ut, "enabled", "$.unitTests.enabled")),
            Cat(AxisNames.UnitTestModel, AxisReader.Strings(ut, "models", "$.unitTests.models", fuserModels)),
            Ints(AxisNames.UnitTestCount, AxisReader.Ints(ut, "tests", "$.unitTests.tests", [5], 1, 50)),
            Ints(AxisNames.FusersLayer2, fuserCounts.Slots[1]),
            Ints(AxisNames.FusersLayer3, fuserCounts.Slots[2]),
        };

        CollapseUnused(axes);
        var rankerTopK = AxisReader.Int(cr, "rankerTopK", "$.criticRanker.rankerTopK", 1, SpaceLimits.MaxTokens) ?? 5;
        var maxTokens = AxisReader.Int(root, "maxTokens", "$.maxTokens", 1, SpaceLimits.MaxTokens) ?? 2048;
        return new SearchSpace(name, ranking, axes, SpaceConstraintsReader.Read(root), rankerTopK, maxTokens, fuserCounts.VaryByLayer);
    }

    /// <summary>
    /// The fuser counts of the non-final layers: <c>fusersPerLayer</c> (one count for all, the default 2), or
    /// <c>fusersByLayer</c> (one entry per non-final layer: as many entries as the most fusion layers minus one).
    /// </summary>
    private static (List<int>[] Slots, bool VaryByLayer) FuserCounts(JsonElement? fusion, int maxLayers)
    {
        if (fusion is not { } f || !f.TryGetProperty("fusersByLayer", out var byLayer))
        {
            return ([AxisReader.Ints(fusion, "fusersPerLayer", "$.fusion.fusersPerLayer", [2], 1, 10), [0], [0]], false);
        }

        const string path = "$.fusion.fusersByLayer";
        if (f.TryGetProperty("fusersPerLayer", out _))
        {
            throw SearchSpaceException.For(path, "give either fusersPerLayer (one count for every layer) or fusersByLayer (one per layer), not both");
        }

        if (byLayer.ValueKind != JsonValueKind.Array || byLayer.GetArrayLength() != maxLayers - 1 || maxLayers < 2)
        {
            throw SearchSpaceException.For(path, $"must list the fuser counts of each fusion layer but the last: {Math.Max(1, maxLayers - 1)} entries for up to {maxLayers} layers{(maxLayers < 2 ? " (needs fusion.layers up to at least 2)" : string.Empty)}");
        }

        var entries = byLayer.EnumerateArray().Select((e, i) => AxisReader.Ints(e, $"{path}[{i}]", 1, 10)).ToList();
        while (entries.Count < 3)
        {
            entries.Add([0]); // layers that cannot exist keep a placeholder value
        }

        return ([.. entries], true);
    }

    /// <summary>
    /// Fuser models: a list (<c>"models": ["a", "b"]</c>), or the top of a fuser ranking
    /// (<c>"models": {"top": 2}</c> with <c>fusion.ranking</c> or <c>fusion.rankingFile</c>, the output of
    /// <c>archon rank-models --role fuser</c>). Default: the best generator.
    /// </summary>
    private static IReadOnlyList<string> FuserModels(JsonElement? fusion, IReadOnlyList<string> ranking, string? baseDirectory)
    {
        if (fusion is not { } f || !f.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Object)
        {
            return AxisReader.Strings(fusion, "models", "$.fusion.models", [ranking[0]]);
        }

        var fuserRanking = ReadRanking(f, "$.fusion", baseDirectory, ModelRankingReader.FuserRole);
        if (fuserRanking.Count == 0)
        {
            throw SearchSpaceException.For("$.fusion.models", "{\"top\": N} takes the fuser models from a fuser ranking: give fusion.ranking or fusion.rankingFile");
        }

        var top = AxisReader.Int(models, "top", "$.fusion.models.top", 1, fuserRanking.Count)
                  ?? throw SearchSpaceException.For("$.fusion.models.top", "is required: how many of the best-ranked fusers to search over");
        return fuserRanking.Take(top).ToArray();
    }

    /// <summary>Axes that can never matter (the critic model when critic + ranker are never on, …) keep one value.</summary>
    private static void CollapseUnused(List<SpaceAxis> axes)
    {
        static SpaceAxis First(SpaceAxis a) => a with { Values = [a.Values[0]] };
        bool CanBeOn(int i) => axes[i].Values.Contains(true);
        var maxLayers = axes[Axis.FusionLayers].Values.Cast<int>().Max();
        for (var slot = 0; slot < Axis.FuserCounts.Count; slot++)
        {
            if (maxLayers < slot + 2)
            {
                axes[Axis.FuserCounts[slot]] = First(axes[Axis.FuserCounts[slot]]);
            }
        }

        foreach (var (flag, dependents) in new[] { (Axis.CriticRanker, new[] { Axis.CriticModel, Axis.RankerModel }), (Axis.Verifier, new[] { Axis.VerifierModel }), (Axis.UnitTests, new[] { Axis.UnitTestModel, Axis.UnitTestCount }) })
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

    /// <summary>A ranking given inline (<c>ranking</c>) or as a file (<c>rankingFile</c>) under <paramref name="parent"/>; empty when neither.</summary>
    private static IReadOnlyList<string> ReadRanking(JsonElement parent, string path, string? baseDirectory, string role)
    {
        if (parent.TryGetProperty("ranking", out var inline))
        {
            if (inline.ValueKind == JsonValueKind.Array)
            {
                AxisReader.CheckLength(inline, path + ".ranking");
            }

            return AxisReader.Strings(parent, "ranking", path + ".ranking", []);
        }

        if (AxisReader.Str(parent, "rankingFile", path + ".rankingFile") is { } file)
        {
            if (baseDirectory is null)
            {
                // A space parsed from text (a request) must not make the reader open files on this machine.
                throw SearchSpaceException.For(path + ".rankingFile", "ranking files are read only for spaces loaded from a file; list the models in \"ranking\"");
            }

            var full = Path.IsPathRooted(file) ? file : Path.Combine(baseDirectory, file);
            var names = ModelRankingReader.ReadFile(full, role);
            return names.Count <= SpaceLimits.MaxAxisValues
                ? names
                : throw SearchSpaceException.For(path + ".rankingFile", $"a ranking may list at most {SpaceLimits.MaxAxisValues:N0} models (got {names.Count:N0})");
        }

        return [];
    }

    private static SpaceAxis Cat(string axis, IReadOnlyList<string> values) => new(axis, AxisKind.Categorical, values.Cast<object>().ToArray());

    private static SpaceAxis Ints(string axis, List<int> values, bool log = false) => new(axis, AxisKind.Integer, values.Cast<object>().ToArray(), log);

    private static SpaceAxis Reals(string axis, List<double> values) => new(axis, AxisKind.Real, values.Cast<object>().ToArray());

    private static SpaceAxis Bools(string axis, List<bool> values) => new(axis, AxisKind.Boolean, values.Cast<object>().ToArray());
}
