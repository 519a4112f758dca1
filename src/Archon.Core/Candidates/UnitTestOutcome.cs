namespace Archon.Core.Candidates;

/// <summary>The verdict of one natural-language unit test on one candidate.</summary>
public sealed record UnitTestOutcome(string Test, bool Passed, string? Reasoning);
