using System.Text.Json.Serialization;

namespace Archon.Benchmarks.Results;

/// <summary>Score of one category (or subcategory) of items.</summary>
public sealed record CategorySummary(
    [property: JsonPropertyName("items")] int Items,
    [property: JsonPropertyName("errors")] int Errors,
    [property: JsonPropertyName("score")] double Score);
