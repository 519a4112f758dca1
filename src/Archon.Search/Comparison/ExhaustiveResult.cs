using System.Text.Json;
using System.Text.Json.Serialization;
using Archon.Search.Driver;
using Archon.Search.Reporting;

namespace Archon.Search.Comparison;

/// <summary>Every feasible architecture's full search score (<c>exhaustive.json</c>), the ground truth for comparisons.</summary>
public sealed record ExhaustiveResult
{
    /// <summary>Scores within this many points of the maximum count as near-best.</summary>
    public const double NearBestPoints = 0.5;

    [JsonPropertyName("space")] public required string Space { get; init; }
    [JsonPropertyName("spaceFingerprint")] public required string SpaceFingerprint { get; init; }
    [JsonPropertyName("searchItems")] public int SearchItems { get; init; }
    [JsonPropertyName("maxScore")] public double MaxScore { get; init; }
    [JsonPropertyName("nearBestCount")] public int NearBestCount { get; init; }

    /// <summary>Share of feasible architectures within <see cref="NearBestPoints"/> of the maximum.</summary>
    [JsonPropertyName("nearBestFraction")] public double NearBestFraction { get; init; }

    [JsonPropertyName("callsMade")] public long CallsMade { get; init; }
    [JsonPropertyName("callsWithoutReuse")] public long CallsWithoutReuse { get; init; }

    /// <summary>Score by architecture key.</summary>
    [JsonPropertyName("scores")] public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();

    /// <summary>True when <paramref name="key"/>'s exhaustive score is within 0.5 points of the maximum.</summary>
    public bool IsNearBest(string key) => Scores.TryGetValue(key, out var s) && s >= MaxScore - NearBestPoints - 1e-9;

    /// <summary>Builds the result from a finished exhaustive search.</summary>
    public static ExhaustiveResult From(SearchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var scores = ParetoFront.FullTrials(state.Trials).ToDictionary(t => t.Key, t => t.Score, StringComparer.Ordinal);
        if (scores.Count < state.FeasiblePoints)
        {
            throw new InvalidOperationException($"the exhaustive search evaluated {scores.Count} of {state.FeasiblePoints} architectures; run it to the end first");
        }

        var max = scores.Values.Max();
        var near = scores.Values.Count(s => s >= max - NearBestPoints - 1e-9);
        return new ExhaustiveResult
        {
            Space = state.Space,
            SpaceFingerprint = state.SpaceFingerprint,
            SearchItems = state.SearchItems,
            MaxScore = max,
            NearBestCount = near,
            NearBestFraction = (double)near / scores.Count,
            CallsMade = state.CallsMade,
            CallsWithoutReuse = state.CallsWithoutReuse,
            Scores = scores,
        };
    }

    public static ExhaustiveResult? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ExhaustiveResult>(File.ReadAllText(path), SearchStateStore.JsonOptions) : null;

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, SearchStateStore.JsonOptions));
}
