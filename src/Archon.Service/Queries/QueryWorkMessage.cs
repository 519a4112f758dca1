namespace Archon.Service.Queries;

/// <summary>Queue message of an async query: its request is in <c>queries/{id}/request.json</c>.</summary>
internal sealed record QueryWorkMessage(string Id);
