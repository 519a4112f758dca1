using System.Text.Json;
using System.Text.Json.Serialization;
using Archon.Benchmarks.Results;

namespace Archon.Benchmarks.Ranking;

/// <summary>
/// The ranking <c>archon rank-models</c> writes and architecture search reads (the paper's first stage): every model
/// alone as a one-generator architecture over a dataset, best first.
/// </summary>
public sealed record ModelRanking
{
    /// <summary>Dataset kind, e.g. <c>gsm8k</c>.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    /// <summary>The data file that was used.</summary>
    [JsonPropertyName("data")]
    public string? Data { get; init; }

    /// <summary>Which split was scored (<c>search</c>, <c>heldout</c> or <c>all</c>).</summary>
    [JsonPropertyName("split")]
    public string Split { get; init; } = "search";

    /// <summary>Items scored per model.</summary>
    [JsonPropertyName("items")]
    public int Items { get; init; }

    /// <summary>When the ranking was made.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Models best first (by score, then lower cost).</summary>
    [JsonPropertyName("models")]
    public IReadOnlyList<ModelRankingEntry> Models { get; init; } = [];

    /// <summary>Model names best first.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Order => Models.Select(m => m.Model).ToList();

    /// <summary>Reads a ranking file.</summary>
    public static ModelRanking Load(string path)
    {
        var json = File.ReadAllText(path);
        return JsonSerializer.Deserialize<ModelRanking>(json, ResultsFile.JsonOptions)
               ?? throw new InvalidDataException($"{path}: not a model ranking");
    }

    /// <summary>Writes this ranking as indented JSON.</summary>
    public void Save(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions(ResultsFile.JsonOptions) { WriteIndented = true }));
}
