namespace Archon.Core.Components.UnitTestEvaluator;

/// <summary>One per-test verdict read from a unit-test evaluator's reply.</summary>
internal sealed record ParsedTestResult(bool Passed, string? Reasoning);
