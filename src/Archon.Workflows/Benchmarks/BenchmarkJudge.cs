using Archon.Core.Architectures;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// The judge of a run (judge-scored kinds, or MixEval graded by a judge), validated when the run was requested, and the
/// blob holding the baseline answers pairwise kinds compare against (null when the kind needs none).
/// </summary>
internal sealed record BenchmarkJudge(ArchitectureConfig Architecture, string? BaselinePath);
