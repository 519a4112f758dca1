namespace Archon.Core.Synthetic;

/// <summary>One arithmetic word problem of the synthetic task family.</summary>
/// <param name="Id">Stable id, e.g. <c>syn-7-0003</c> (seed 7, item 3).</param>
/// <param name="Question">The word problem.</param>
/// <param name="Answer">The exact integer answer.</param>
public sealed record SyntheticTask(string Id, string Question, long Answer);
