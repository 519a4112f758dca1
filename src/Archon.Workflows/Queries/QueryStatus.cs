namespace Archon.Workflows.Queries;

/// <summary><c>GET /api/query/{id}</c>: <c>queued</c>, <c>completed</c> (with the result) or <c>failed</c> (with the error).</summary>
internal sealed record QueryStatus(string Id, string Status, QueryResponse? Result, string? Error);
