namespace Archon.Core.Candidates;

/// <summary>A verifier's verdict on one candidate.</summary>
public sealed record Verdict(bool Passed, string Reasoning, string Model);
