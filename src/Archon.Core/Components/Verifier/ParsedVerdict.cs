namespace Archon.Core.Components.Verifier;

/// <summary>A verdict read from a verifier's reply.</summary>
internal sealed record ParsedVerdict(bool Passed, string Reasoning);
