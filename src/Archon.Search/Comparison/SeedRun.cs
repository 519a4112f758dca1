using System.Text.Json.Serialization;

namespace Archon.Search.Comparison;

/// <summary>One strategy run of a comparison.</summary>
public sealed record SeedRun(
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("reached")] bool Reached,
    [property: JsonPropertyName("evaluations")] double Evaluations,
    [property: JsonPropertyName("trials")] int Trials,
    [property: JsonPropertyName("calls")] long Calls,
    [property: JsonPropertyName("callsWithoutReuse")] long CallsWithoutReuse,
    [property: JsonPropertyName("bestFound")] string? BestFound);
