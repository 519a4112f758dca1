using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archon.Benchmarks.Results;
using Archon.Core.Architectures;
using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Workflows.Architectures;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Searches;

/// <summary>
/// Reads and validates a search request: either <c>architectures</c> (candidates) or <c>space</c> (a search space
/// explored by <c>strategy</c> with <c>maxTrials</c>, <c>seed</c>, <c>initialPoints</c>, <c>budgetCalls</c>,
/// <c>budgetUsd</c>), the items as a benchmark request takes them (the synthetic family's seed is <c>dataSeed</c>), the
/// judge and baseline, <c>parallel</c> (1–64, default 2), <c>costWeight</c> (≥ 0) and <c>searchFraction</c> (0–1: split
/// the items deterministically, search on that share and evaluate the best on the rest). Errors name the field.
/// </summary>
internal sealed class SearchRequestParser(BlobJson blobs, ArchitectureStore architectures, SearchSpaces spaces)
{
    private readonly BenchmarkRequestReader _items = new(blobs);
    private readonly BenchmarkJudgeReader _judges = new(blobs, architectures);

    public async Task<(SearchRequest? Request, RequestError? Error)> ReadAsync(JsonElement body, CancellationToken cancellationToken)
    {
        var hasSpace = body.TryGetProperty("space", out var space);
        if (hasSpace && body.TryGetProperty("architectures", out _))
        {
            return Invalid("space", "give either \"space\" (a search space) or \"architectures\" (candidates), not both");
        }

        if (DatasetField.Read(body, out var dataset) is { } datasetError)
        {
            return (null, datasetError);
        }

        var (judge, baseline, judgeError) = await _judges.ReadAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (judgeError is not null)
        {
            return (null, judgeError);
        }

        if (BenchmarkRequestParser.ReadInt(body, "parallel", SearchDefinition.DefaultParallel, 1, 64) is not { } parallel)
        {
            return Invalid("parallel", "must be an integer from 1 to 64");
        }

        var costWeight = 0.0;
        if (body.TryGetProperty("costWeight", out var cw) && (cw.ValueKind != JsonValueKind.Number || !cw.TryGetDouble(out costWeight) || costWeight < 0 || costWeight > 1e9))
        {
            return Invalid("costWeight", "must be a number ≥ 0 (points of score given up per dollar per query)");
        }

        double? searchFraction = null;
        if (body.TryGetProperty("searchFraction", out var sf))
        {
            if (sf.ValueKind != JsonValueKind.Number || !sf.TryGetDouble(out var f) || f <= 0 || f >= 1)
            {
                return Invalid("searchFraction", "must be a number between 0 and 1 (exclusive): the share of the items searched on");
            }

            searchFraction = f;
        }

        IReadOnlyList<ArchitectureConfig> candidates = [];
        SpaceSearchPlan? plan = null;
        if (hasSpace)
        {
            var read = ReadSpace(body, space);
            if (read.Error is not null)
            {
                return (null, read.Error);
            }

            plan = read.Plan;
        }
        else
        {
            var read = await ReadCandidatesAsync(body, cancellationToken).ConfigureAwait(false);
            if (read.Error is not null)
            {
                return (null, read.Error);
            }

            candidates = read.Candidates!;
        }

        var (items, field, error) = await ReadItemsAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (items is null)
        {
            return Invalid(field, error!);
        }

        IReadOnlyList<BenchmarkInputItem> searchItems = items;
        IReadOnlyList<BenchmarkInputItem>? heldOut = null;
        if (searchFraction is { } fraction)
        {
            searchItems = BenchmarkSplit.Select(items, i => i.Id, SplitPart.Search, 0, fraction);
            heldOut = BenchmarkSplit.Select(items, i => i.Id, SplitPart.HeldOut, 0, fraction);
            if (searchItems.Count == 0 || heldOut.Count == 0)
            {
                return Invalid("searchFraction", $"splits the {items.Count} items into {searchItems.Count} to search and {heldOut.Count} held out; both need at least one");
            }
        }

        return (new SearchRequest(dataset, candidates, plan, searchItems, heldOut, judge?.Config, baseline, parallel, costWeight), null);
    }

    private async Task<(IReadOnlyList<ArchitectureConfig>? Candidates, RequestError? Error)> ReadCandidatesAsync(
        JsonElement body, CancellationToken cancellationToken)
    {
        if (!body.TryGetProperty("architectures", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return (null, RequestError.Of(
                "architectures", "required: a non-empty array of candidate architectures (names or objects), or give \"space\" to search a space"));
        }

        if (list.GetArrayLength() > 1000)
        {
            return (null, RequestError.Of("architectures", "at most 1000 candidates"));
        }

        var candidates = new List<ArchitectureConfig>();
        foreach (var candidate in list.EnumerateArray())
        {
            var resolved = await architectures.ResolveAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (!resolved.Succeeded)
            {
                return (null, new RequestError($"architectures[{candidates.Count}]", resolved.Errors, resolved.NotFound));
            }

            candidates.Add(resolved.Architecture!);
        }

        return (candidates, null);
    }

    private (SpaceSearchPlan? Plan, RequestError? Error) ReadSpace(JsonElement body, JsonElement json)
    {
        var strategy = "bayes";
        if (body.TryGetProperty("strategy", out var s))
        {
            strategy = s.ValueKind == JsonValueKind.String ? s.GetString()!.ToLowerInvariant() : string.Empty;
            if (!StrategyFactory.Names.Contains(strategy, StringComparer.Ordinal))
            {
                return (null, RequestError.Of("strategy", $"must be one of {string.Join(", ", StrategyFactory.Names)}"));
            }
        }

        if (!body.TryGetProperty("maxTrials", out var m) || m.ValueKind != JsonValueKind.Number || !m.TryGetInt32(out var maxTrials) || maxTrials < 1 || maxTrials > 1000)
        {
            return (null, RequestError.Of("maxTrials", "required with \"space\": an integer from 1 to 1000"));
        }

        var seed = 1;
        if (body.TryGetProperty("seed", out var sd) && (sd.ValueKind != JsonValueKind.Number || !sd.TryGetInt32(out seed)))
        {
            return (null, RequestError.Of("seed", "must be an integer"));
        }

        if (BenchmarkRequestParser.ReadInt(body, "initialPoints", 10, 1, 1000) is not { } initialPoints)
        {
            return (null, RequestError.Of("initialPoints", "must be an integer from 1 to 1000"));
        }

        long? budgetCalls = null;
        if (body.TryGetProperty("budgetCalls", out var bc))
        {
            if (bc.ValueKind != JsonValueKind.Number || !bc.TryGetInt64(out var calls) || calls < 1)
            {
                return (null, RequestError.Of("budgetCalls", "must be a positive integer"));
            }

            budgetCalls = calls;
        }

        decimal? budgetUsd = null;
        if (body.TryGetProperty("budgetUsd", out var bu))
        {
            if (bu.ValueKind != JsonValueKind.Number || !bu.TryGetDecimal(out var usd) || usd <= 0)
            {
                return (null, RequestError.Of("budgetUsd", "must be a positive number"));
            }

            budgetUsd = usd;
        }

        var (enumeration, field, error) = spaces.Load(json);
        if (enumeration is null)
        {
            return (null, RequestError.Of(field, error!));
        }

        return (new SpaceSearchPlan(
            json.Clone(), enumeration.Space.Name, SearchDriver.Fingerprint(enumeration), enumeration.Feasible.Count, enumeration.InfeasibleCount,
            new Dictionary<string, int>(enumeration.InfeasibleByRule, StringComparer.Ordinal), strategy, seed, initialPoints, maxTrials,
            budgetCalls, budgetUsd, SeedMixed: true), null);
    }

    // The benchmark reader takes "seed" as the synthetic family's seed; a search's "seed" is the strategy's, so the
    // family's is "dataSeed" here.
    private async Task<(List<BenchmarkInputItem>? Items, string Field, string? Error)> ReadItemsAsync(
        JsonElement body, string dataset, CancellationToken cancellationToken)
    {
        var source = new JsonObject();
        foreach (var name in new[] { "items", "data", "limit" })
        {
            if (body.TryGetProperty(name, out var v))
            {
                source[name] = JsonNode.Parse(v.GetRawText());
            }
        }

        if (body.TryGetProperty("dataSeed", out var ds))
        {
            source["seed"] = JsonNode.Parse(ds.GetRawText());
        }

        var (items, field, error) = await _items.ReadItemsAsync(JsonSerializer.SerializeToElement(source), dataset, cancellationToken).ConfigureAwait(false);
        if (items is null)
        {
            return (null, field, error?.StartsWith("seed:", StringComparison.Ordinal) == true ? "dataSeed" + error[4..] : error);
        }

        if (body.TryGetProperty("limit", out var limit))
        {
            if (limit.ValueKind != JsonValueKind.Number || !limit.TryGetInt32(out var n) || n < 1)
            {
                return (null, "limit", "must be a positive integer");
            }

            items = [.. items.Take(n)];
        }

        if (items.Count > BenchmarkLimits.MaxItems)
        {
            return (null, field, string.Create(CultureInfo.InvariantCulture, $"at most {BenchmarkLimits.MaxItems} items per search (got {items.Count})"));
        }

        return (items, field, null);
    }

    private static (SearchRequest?, RequestError?) Invalid(string field, string error) => (null, RequestError.Of(field, error));
}
