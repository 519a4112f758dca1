using System.Text;
using System.Text.RegularExpressions;
using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// MATH answers: the last <c>\boxed{…}</c> of a response (nested braces), LaTeX normalisation and equivalence.
/// Two answers are equivalent when their normalised forms are equal, or when both evaluate to the same numbers
/// (element-wise for tuples and lists), e.g. <c>0.5</c> and <c>\frac{1}{2}</c>.
/// </summary>
public static partial class LatexAnswer
{
    /// <summary>The content of the last <c>\boxed{…}</c> (or <c>\fbox{…}</c>) in <paramref name="text"/>, or null.</summary>
    public static string? LastBoxed(string? text) => BoxedAnswer.Last(text);

    /// <summary>True when <paramref name="answer"/> and <paramref name="reference"/> denote the same answer.</summary>
    public static bool Equivalent(string? answer, string? reference)
    {
        if (answer is null || reference is null)
        {
            return false;
        }

        var a = Normalize(answer);
        var b = Normalize(reference);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b || ElementEquivalent(a, b))
        {
            return true;
        }

        var (openA, partsA, closeA) = SplitTuple(a);
        var (openB, partsB, closeB) = SplitTuple(b);
        if (partsA.Count < 2 || partsA.Count != partsB.Count || openA != openB || closeA != closeB)
        {
            return false;
        }

        for (var i = 0; i < partsA.Count; i++)
        {
            if (partsA[i] != partsB[i] && !ElementEquivalent(partsA[i], partsB[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Canonical form: no spacing commands, <c>\left</c>/<c>\right</c>, <c>\text{}</c> wrappers, units, degrees,
    /// dollar and percent signs, trailing dots or a leading <c>x=</c>; <c>\dfrac</c>/<c>\tfrac</c> as <c>\frac</c>;
    /// <c>\frac12</c> as <c>\frac{1}{2}</c>; <c>a/b</c> of integers as a fraction; no whitespace.
    /// </summary>
    public static string Normalize(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var s = answer.Trim();
        if (LastBoxed(s) is { } inner && s.StartsWith("\\boxed", StringComparison.Ordinal))
        {
            s = inner;
        }

        s = s.Replace("\n", " ", StringComparison.Ordinal).Replace("\\!", string.Empty, StringComparison.Ordinal);
        s = SpacingCommand().Replace(s, " ");
        s = LeftRight().Replace(s, string.Empty);
        s = s.Replace("\\dfrac", "\\frac", StringComparison.Ordinal).Replace("\\tfrac", "\\frac", StringComparison.Ordinal);
        s = s.Replace("\\displaystyle", string.Empty, StringComparison.Ordinal);
        s = Degrees().Replace(s, string.Empty);
        s = s.Replace("\\$", string.Empty, StringComparison.Ordinal).Replace("$", string.Empty, StringComparison.Ordinal);
        s = s.Replace("\\%", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal);

        // Units written as "\text{ cm}" (with the leading space) follow the value: drop them, as MATH's grader does.
        var unit = UnitText().Match(s);
        if (unit.Success && unit.Index > 0)
        {
            s = s[..unit.Index];
        }

        s = TextWrapper().Replace(s, "$1");
        s = TrailingUnitWord().Replace(s, "$1");
        s = WhiteSpace().Replace(s, string.Empty);
        s = ShortFrac().Replace(s, "\\frac{$1}{$2}");
        s = ShortSqrt().Replace(s, "\\sqrt{$1}");
        s = s.TrimEnd('.');

        var eq = s.Split('=');
        if (eq.Length == 2 && eq[0].Length is > 0 and <= 2 && eq[0].All(char.IsLetter))
        {
            s = eq[1];
        }

        if (Thousands().IsMatch(s))
        {
            s = s.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        s = LeadingDot().Replace(s, "${1}0.");
        s = SlashFraction().Replace(s, "\\frac{$1}{$2}");
        return TrailingZeros().Replace(s, "$1");
    }

    private static bool ElementEquivalent(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (LatexExpression.TryEvaluate(a, out var x) && LatexExpression.TryEvaluate(b, out var y))
        {
            return Math.Abs(x - y) <= 1e-6 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)));
        }

        return false;
    }

    /// <summary>Splits <c>(a,b)</c>, <c>[a,b]</c> or <c>a,b</c> at top-level commas.</summary>
    private static (char Open, List<string> Parts, char Close) SplitTuple(string s)
    {
        char open = ' ', close = ' ';
        if (s.Length >= 2 && s[0] is '(' or '[' && s[^1] is ')' or ']')
        {
            open = s[0];
            close = s[^1];
            s = s[1..^1];
        }

        var parts = new List<string>();
        var depth = 0;
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            depth += c is '{' or '(' or '[' ? 1 : c is '}' or ')' or ']' ? -1 : 0;
            if (c == ',' && depth == 0)
            {
                parts.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        parts.Add(sb.ToString());
        return (open, parts, close);
    }

    [GeneratedRegex(@"\\(?:,|;|:| |quad|qquad)")]
    private static partial Regex SpacingCommand();

    [GeneratedRegex(@"\\(?:left|right|bigl|bigr|Bigl|Bigr|big|Big)(?![A-Za-z])")]
    private static partial Regex LeftRight();

    [GeneratedRegex(@"\^\s*\{?\s*\\circ\s*\}?|°|\\degree(?![A-Za-z])")]
    private static partial Regex Degrees();

    [GeneratedRegex(@"\\(?:text|mbox)\{\s+[^{}]*\}\s*$")]
    private static partial Regex UnitText();

    [GeneratedRegex(@"\\(?:text|textbf|textit|mathrm|mathbf|mbox|operatorname)\{([^{}]*)\}")]
    private static partial Regex TextWrapper();

    [GeneratedRegex(@"^(-?[\d.,]+)\s*(?:[A-Za-z]{2,}(?:\^\d)?\s*)+$")]
    private static partial Regex TrailingUnitWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\\frac(\d)(\d)")]
    private static partial Regex ShortFrac();

    [GeneratedRegex(@"\\sqrt(\d)")]
    private static partial Regex ShortSqrt();

    [GeneratedRegex(@"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(^|[^\d])\.(?=\d)")]
    private static partial Regex LeadingDot();

    [GeneratedRegex(@"^(-?\d+)/(\d+)$")]
    private static partial Regex SlashFraction();

    [GeneratedRegex(@"^(-?\d+)\.0+$")]
    private static partial Regex TrailingZeros();
}
