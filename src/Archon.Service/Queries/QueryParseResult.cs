namespace Archon.Service.Queries;

/// <summary>A prepared query, or the invalid field and the rule it broke.</summary>
internal sealed record QueryParseResult(PreparedQuery? Query, string? Field, IReadOnlyList<string> Errors, bool ArchitectureNotFound)
{
    public static QueryParseResult Invalid(string field, string error, bool notFound = false) => new(null, field, [error], notFound);
}
