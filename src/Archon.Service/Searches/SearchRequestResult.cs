namespace Archon.Service.Searches;

/// <summary>A search request read into its initial state, or the invalid field and the rules it broke.</summary>
internal sealed record SearchRequestResult(SearchState? State, string? Field, IReadOnlyList<string> Errors)
{
    public static SearchRequestResult Invalid(string field, params string[] errors) => new(null, field, errors);
}
