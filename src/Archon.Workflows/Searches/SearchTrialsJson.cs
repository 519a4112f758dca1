using System.Text.Json;
using System.Text.Json.Serialization;
using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>
/// The trials of a search document (<c>state.json</c>) in the shape the document has always had: per trial its index,
/// architecture, run, status, point, key and items, and once completed the run's score and interval (0–1), cost,
/// calls, latency and judge calls, or the error. The figures <c>search.json</c> derives from them (points, per query)
/// are rebuilt on reading; the objective and the share of a full evaluation depend on the search (see
/// <see cref="TrialResults.InSearch"/>).
/// </summary>
internal sealed class SearchTrialsJson : JsonConverter<IReadOnlyList<TrialRecord>>
{
    public override IReadOnlyList<TrialRecord> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var rows = JsonSerializer.Deserialize<List<Row>>(ref reader, options) ?? [];
        return [.. rows.Select(r => r.ToTrial())];
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TrialRecord> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.Select(Row.Of).ToList(), options);
    }

    // One trial as the document stores it.
    private sealed record Row(
        int Index,
        string Architecture,
        string RunId,
        TrialStatus Status,
        int? PointIndex = null,
        string? Key = null,
        int? Items = null,
        double? Score = null,
        IReadOnlyList<double>? Ci95 = null,
        decimal? CostUsd = null,
        long? Calls = null,
        string? Error = null,
        bool Simulated = false,
        double? LatencyP95Ms = null,
        long? JudgeCalls = null)
    {
        public static Row Of(TrialRecord t)
        {
            var done = t.Status == TrialStatus.Completed;
            return new Row(
                t.Index, t.Architecture ?? t.Key, t.RunId ?? string.Empty, t.Status, t.PointIndex, t.Key, t.Items,
                done ? t.RunScore : null, done ? t.RunCi95 : null, done ? t.UsdSpent : null, done ? t.CallsMade : null,
                t.Error, t.Simulated, done ? t.P95LatencyMs : null, done ? t.JudgeCalls : null);
        }

        public TrialRecord ToTrial()
        {
            var trial = new TrialRecord
            {
                Number = Index + 1, Architecture = Architecture, RunId = RunId, Status = Status, PointIndex = PointIndex ?? Index,
                Key = Key ?? Architecture, Items = Items ?? 0, Error = Error, Simulated = Simulated,
            };
            return Status == TrialStatus.Completed
                ? TrialResults.Completed(trial, Score ?? 0, Ci95, CostUsd ?? 0, Calls ?? 0, Simulated, LatencyP95Ms ?? 0, JudgeCalls ?? 0)
                : trial;
        }
    }
}
