using System.Text.Json;
using System.Text.Json.Nodes;
using Archon.Benchmarks.Datasets;
using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Workflows.Architectures;
using Archon.Service.Benchmarks;
using Archon.Workflows.Storage;

namespace Archon.Service.Searches;

/// <summary>
/// Reads <c>POST /api/searches</c>: either <c>architectures</c> (a list of candidates) or <c>space</c> (a search space
/// explored by a strategy), the items (and for judge-scored kinds the judge and baseline) as <c>POST /api/benchmarks</c>
/// takes them, and <c>parallel</c>.
/// </summary>
internal sealed class SearchRequestReader
{
    private readonly ArchitectureStore _architectures;
    private readonly BenchmarkRequestReader _items;
    private readonly BenchmarkJudgeReader _judges;
    private readonly SearchSpaces _spaces;

    public SearchRequestReader(BlobJson blobs, ArchitectureStore architectures, SearchSpaces spaces)
    {
        _architectures = architectures;
        _items = new BenchmarkRequestReader(blobs);
        _judges = new BenchmarkJudgeReader(blobs, architectures);
        _spaces = spaces;
    }

    public async Task<SearchRequestResult> ReadAsync(JsonElement body, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hasSpace = body.TryGetProperty("space", out var space);
        if (hasSpace && body.TryGetProperty("architectures", out _))
        {
            return SearchRequestResult.Invalid("space", "give either \"space\" (a search space) or \"architectures\" (candidates), not both");
        }

        var dataset = body.TryGetProperty("dataset", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "inline";
        var (judge, baseline, judgeField, judgeErrors) = await _judges.ReadAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (judgeField is not null)
        {
            return new SearchRequestResult(null, judgeField, judgeErrors);
        }

        var parallel = 2;
        if (body.TryGetProperty("parallel", out var p) && (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out parallel) || parallel < 1 || parallel > 64))
        {
            return SearchRequestResult.Invalid("parallel", "must be an integer from 1 to 64");
        }

        SearchRequestResult draft;
        if (hasSpace)
        {
            draft = ReadSpace(body, space);
        }
        else
        {
            draft = await ReadCandidatesAsync(body, cancellationToken).ConfigureAwait(false);
        }

        if (draft.State is null)
        {
            return draft;
        }

        var (items, field, error) = await ReadItemsAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (items is null)
        {
            return SearchRequestResult.Invalid(field, error!);
        }

        return draft with
        {
            State = draft.State with
            {
                Id = id, Dataset = dataset, Items = JsonSerializer.SerializeToElement(items, ServiceJson.Options), Parallel = parallel, CreatedAt = now, UpdatedAt = now,
                Judge = judge, Baseline = baseline,
            },
        };
    }

    private async Task<SearchRequestResult> ReadCandidatesAsync(JsonElement body, CancellationToken cancellationToken)
    {
        if (!body.TryGetProperty("architectures", out var candidates) || candidates.ValueKind != JsonValueKind.Array || candidates.GetArrayLength() == 0)
        {
            return SearchRequestResult.Invalid(
                "architectures", "required: a non-empty array of candidate architectures (names or objects), or give \"space\" to search a space");
        }

        var trials = new List<SearchTrial>();
        foreach (var candidate in candidates.EnumerateArray())
        {
            var resolved = await _architectures.ResolveAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (!resolved.Succeeded)
            {
                return new SearchRequestResult(null, $"architectures[{trials.Count}]", resolved.Errors);
            }

            trials.Add(new SearchTrial(trials.Count, resolved.Architecture!.Name, resolved.Json, null, TrialStatuses.Pending, null, null, null, null));
        }

        return new SearchRequestResult(Draft(trials, null), null, []);
    }

    private SearchRequestResult ReadSpace(JsonElement body, JsonElement json)
    {
        var strategy = "bayes";
        if (body.TryGetProperty("strategy", out var s))
        {
            strategy = s.ValueKind == JsonValueKind.String ? s.GetString()!.ToLowerInvariant() : string.Empty;
            if (!StrategyFactory.Names.Contains(strategy, StringComparer.Ordinal))
            {
                return SearchRequestResult.Invalid("strategy", $"must be one of {string.Join(", ", StrategyFactory.Names)}");
            }
        }

        if (!body.TryGetProperty("maxTrials", out var m) || m.ValueKind != JsonValueKind.Number || !m.TryGetInt32(out var maxTrials) || maxTrials < 1 || maxTrials > 1000)
        {
            return SearchRequestResult.Invalid("maxTrials", "required with \"space\": an integer from 1 to 1000");
        }

        var seed = 1;
        if (body.TryGetProperty("seed", out var sd) && (sd.ValueKind != JsonValueKind.Number || !sd.TryGetInt32(out seed)))
        {
            return SearchRequestResult.Invalid("seed", "must be an integer");
        }

        var initialPoints = 10;
        if (body.TryGetProperty("initialPoints", out var ip) && (ip.ValueKind != JsonValueKind.Number || !ip.TryGetInt32(out initialPoints) || initialPoints < 1 || initialPoints > 1000))
        {
            return SearchRequestResult.Invalid("initialPoints", "must be an integer from 1 to 1000");
        }

        long? budgetCalls = null;
        if (body.TryGetProperty("budgetCalls", out var bc))
        {
            if (bc.ValueKind != JsonValueKind.Number || !bc.TryGetInt64(out var calls) || calls < 1)
            {
                return SearchRequestResult.Invalid("budgetCalls", "must be a positive integer");
            }

            budgetCalls = calls;
        }

        decimal? budgetUsd = null;
        if (body.TryGetProperty("budgetUsd", out var bu))
        {
            if (bu.ValueKind != JsonValueKind.Number || !bu.TryGetDecimal(out var usd) || usd <= 0)
            {
                return SearchRequestResult.Invalid("budgetUsd", "must be a positive number");
            }

            budgetUsd = usd;
        }

        var (space, field, error) = _spaces.Load(json);
        if (space is null)
        {
            return SearchRequestResult.Invalid(field, error!);
        }

        var plan = new SpaceSearchPlan(
            json.Clone(), space.Space.Name, SearchDriver.Fingerprint(space), space.Feasible.Count, space.InfeasibleCount,
            new Dictionary<string, int>(space.InfeasibleByRule, StringComparer.Ordinal), strategy, seed, initialPoints, maxTrials, budgetCalls, budgetUsd);
        return new SearchRequestResult(Draft([], plan), null, []);
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

        return (items, field, null);
    }

    private static SearchState Draft(IReadOnlyList<SearchTrial> trials, SpaceSearchPlan? plan) =>
        new(string.Empty, "queued", string.Empty, default, 0, trials, null, null, default, default, plan, plan is null ? null : [], null);
}
