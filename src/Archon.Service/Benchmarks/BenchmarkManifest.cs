using System.Text.Json;

namespace Archon.Service.Benchmarks;

/// <summary><c>runs/{id}/manifest.json</c>: what the run evaluates; written once when the run starts.
/// <see cref="SearchId"/> names the search this run is a trial of (its fan-in then advances that search); <see cref="Judge"/>
/// is the run's judge, when its kind is scored by one.</summary>
internal sealed record BenchmarkManifest(
    string Id, string Dataset, string ArchitectureName, JsonElement Architecture, int Total, int ShardSize, int Shards, DateTimeOffset CreatedAt,
    string? SearchId = null, RunJudge? Judge = null);
