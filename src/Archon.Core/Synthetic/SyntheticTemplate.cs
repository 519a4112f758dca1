using System.Text.RegularExpressions;

namespace Archon.Core.Synthetic;

/// <summary>
/// One word-problem template: how to fill it from a random source, and the pattern that recognises a filled
/// question anywhere in a longer text together with the arithmetic that solves it.
/// </summary>
/// <param name="Id">Short template name.</param>
/// <param name="Create">Fills the template; returns the question and its answer.</param>
/// <param name="Pattern">Recognises a filled question (whitespace-tolerant).</param>
/// <param name="Solve">Computes the answer from a match of <paramref name="Pattern"/>.</param>
internal sealed record SyntheticTemplate(
    string Id,
    Func<Random, (string Question, long Answer)> Create,
    Regex Pattern,
    Func<Match, long> Solve);
