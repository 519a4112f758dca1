namespace Archon.Service.Searches;

/// <summary>The new search's id, or the invalid field and the rules it broke.</summary>
internal sealed record SearchStartResult(string? Id, string? Field, IReadOnlyList<string> Errors);
