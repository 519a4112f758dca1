using System.Text.Json.Serialization;
using Archon.Core.Execution;

namespace Archon.Service.Queries;

/// <summary>The result of <c>POST /api/query</c> (and of a finished async query).</summary>
internal sealed record QueryResponse(
    string Id, string Architecture, string Answer, StopReason StopReason, string? StopDetail, bool Simulated, QueryUsage Usage, QueryTraceSummary Trace)
{
    /// <summary>True when <see cref="Answer"/> is exactly what was streamed as deltas (see <see cref="QueryResult.AnswerStreamed"/>); not serialized.</summary>
    [JsonIgnore]
    public bool AnswerStreamed { get; init; }
}
