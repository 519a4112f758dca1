using Archon.Core.Tracing;

namespace Archon.Benchmarks.Scoring;

/// <summary>The judge's text and what it cost.</summary>
internal sealed record JudgeReply(string Text, UsageTotals Usage, bool Simulated);
