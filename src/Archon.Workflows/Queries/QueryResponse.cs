using System.Text.Json.Serialization;
using Archon.Core.Execution;

namespace Archon.Workflows.Queries;

/// <summary>The result of <c>POST /api/query</c> (and of a finished async query).</summary>
internal sealed record QueryResponse(
    string Id, string Architecture, string Answer, StopReason StopReason, string? StopDetail, bool Simulated, QueryUsage Usage, QueryTraceSummary Trace)
{
    /// <summary>True when <see cref="Answer"/> is exactly what was streamed as deltas (see <see cref="QueryResult.AnswerStreamed"/>); not serialized.</summary>
    [JsonIgnore]
    public bool AnswerStreamed { get; init; }

    /// <summary>The components that produced nothing when <see cref="StopReason"/> is <see cref="StopReason.Failed"/> (the query is then an error); else empty.</summary>
    public IReadOnlyList<ComponentFailure> Failures { get; init; } = [];

    /// <summary>The response for a finished query, the same whichever host ran it.</summary>
    public static QueryResponse From(string id, string architecture, QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new QueryResponse(
            id, architecture, result.Answer, result.StopReason, result.StopDetail, result.Simulated,
            QueryUsage.From(result.Trace.Totals), QueryTraceSummary.From(result.Trace))
        {
            AnswerStreamed = result.AnswerStreamed,
            Failures = result.Failures,
        };
    }
}
