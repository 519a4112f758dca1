using System.Text.Json.Serialization;

namespace Archon.Search.Driver;

/// <summary>
/// A trial's lifecycle: <c>pending</c> (a candidate waiting for a slot) → <c>running</c> (its run started) →
/// <c>completed</c> or <c>failed</c>. <see cref="Completed"/> is the default: every trial of <c>search.json</c> is one.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrialStatus>))]
public enum TrialStatus
{
    [JsonStringEnumMemberName("completed")] Completed = 0,
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("running")] Running,
    [JsonStringEnumMemberName("failed")] Failed,
}
