using System.Text.Json;
using System.Text.Json.Serialization;
using Archon.Benchmarks.Results;

namespace Archon.Benchmarks.Ranking;

/// <summary>
/// The ranking <c>archon rank-models</c> writes and architecture search reads (the paper's first stage): every model
/// alone as a one-generator architecture over a dataset (<c>role</c> generator), or every model fusing one fixed
/// candidate set (<c>role</c> fuser), best first.
/// </summary>
public sealed record ModelRanking
{
    /// <summary>The role of a ranking of models answering alone.</summary>
    public const string GeneratorRole = "generator";

    /// <summary>The role of a ranking of models fusing a fixed candidate set.</summary>
    public const string FuserRole = "fuser";

    /// <summary>What the models were ranked as: <c>generator</c> (alone) or <c>fuser</c> (fusing <see cref="Candidates"/>).</summary>
    [JsonPropertyName("role")]
    public string Role { get; init; } = GeneratorRole;

    /// <summary>For a fuser ranking, the candidate set every fuser was given; null for a generator ranking.</summary>
    [JsonPropertyName("candidates")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FuserCandidates? Candidates { get; init; }

    /// <summary>
    /// For a fuser ranking, generator calls sent again while fusers ran: 0 when every fuser fused exactly the same
    /// candidates (they came from the response cache).
    /// </summary>
    [JsonPropertyName("candidateCallsRepeated")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? CandidateCallsRepeated { get; init; }

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
