namespace Archon.Service.Benchmarks;

/// <summary><c>runs/{id}/claims/{itemId}.json</c>: which worker is evaluating an item, and when it last said so.</summary>
internal sealed record ItemClaimDocument(string Owner, DateTimeOffset RenewedAt);
