using System.Text.RegularExpressions;

namespace Archon.Core.Synthetic;

/// <summary>
/// One word-problem template: how to fill it from a random source, and the pattern that recognises a filled
/// question anywhere in a longer text together with the arithmetic that solves it.
/// </summary>
/// <param name="Id">Short template name.</param>
/// <param name="Cue">A word every filled question contains; texts without it skip the pattern (a cheap pre-check).</param>
/// <param name="Create">Fills the template; returns the question and its answer.</param>
/// <param name="Pattern">Recognises a filled question (whitespace-tolerant).</param>
/// <param name="Solve">Computes the answer from a match of <paramref name="Pattern"/>.</param>
/// <param name="Working">The arithmetic expression behind the answer, e.g. <c>17 + 4 × 6 − 9</c>.</param>
internal sealed record SyntheticTemplate(
    string Id,
    string Cue,
    Func<Random, (string Question, long Answer)> Create,
    Regex Pattern,
    Func<Match, long> Solve,
    Func<Match, string> Working);
