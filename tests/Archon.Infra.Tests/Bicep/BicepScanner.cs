using System.Text;

namespace Archon.Infra.Tests.Bicep;

/// <summary>
/// Splits Bicep source into code and literals: <see cref="Sanitize"/> blanks comments and the text of string
/// literals (keeping quotes, interpolated expressions, newlines and every offset), so brackets can be counted
/// and blocks found without a Bicep compiler.
/// </summary>
internal static class BicepScanner
{
    public static string Sanitize(string source)
    {
        var output = new StringBuilder(source.Length);
        // Each entry is the bracket depth at which an interpolation started; inside a string when the top is -1.
        var modes = new Stack<int>();
        var depth = 0;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var inString = modes.Count > 0 && modes.Peek() == -1;
            if (inString)
            {
                if (c == '\\' && i + 1 < source.Length)
                {
                    output.Append("  ");
                    i += 2;
                }
                else if (c == '\'')
                {
                    modes.Pop();
                    output.Append(c);
                    i++;
                }
                else if (c == '$' && i + 1 < source.Length && source[i + 1] == '{')
                {
                    modes.Push(depth);
                    output.Append("${");
                    depth++;
                    i += 2;
                }
                else
                {
                    output.Append(c == '\n' ? '\n' : ' ');
                    i++;
                }

                continue;
            }

            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    output.Append(' ');
                    i++;
                }
            }
            else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                for (; i < end; i++)
                {
                    output.Append(source[i] == '\n' ? '\n' : ' ');
                }
            }
            else if (c == '\'' && source.AsSpan(i).StartsWith("'''"))
            {
                var end = source.IndexOf("'''", i + 3, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 3;
                for (; i < end; i++)
                {
                    output.Append(source[i] == '\n' ? '\n' : source[i] == '\'' ? '\'' : ' ');
                }
            }
            else if (c == '\'')
            {
                modes.Push(-1);
                output.Append(c);
                i++;
            }
            else
            {
                if (c is '{' or '[' or '(')
                {
                    depth++;
                }
                else if (c is '}' or ']' or ')')
                {
                    depth--;
                    if (c == '}' && modes.Count > 0 && modes.Peek() == depth)
                    {
                        modes.Pop(); // back inside the string the interpolation belongs to
                    }
                }

                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    /// <summary>Describes the first bracket problem of sanitized code, or returns null when every bracket pairs up.</summary>
    public static string? FindUnbalanced(string sanitized)
    {
        var open = new Stack<(char Bracket, int Line)>();
        var line = 1;
        foreach (var c in sanitized)
        {
            switch (c)
            {
                case '\n':
                    line++;
                    break;
                case '{' or '[' or '(':
                    open.Push((c, line));
                    break;
                case '}' or ']' or ')':
                    var expected = c switch { '}' => '{', ']' => '[', _ => '(' };
                    if (open.Count == 0)
                    {
                        return $"line {line}: '{c}' closes nothing";
                    }

                    var (bracket, openedAt) = open.Pop();
                    if (bracket != expected)
                    {
                        return $"line {line}: '{c}' closes '{bracket}' opened on line {openedAt}";
                    }

                    break;
            }
        }

        return open.Count == 0 ? null : $"line {open.Peek().Line}: '{open.Peek().Bracket}' is never closed";
    }

    /// <summary>Index of the bracket closing the one at <paramref name="openIndex"/> in sanitized code.</summary>
    public static int MatchingClose(string sanitized, int openIndex)
    {
        var depth = 0;
        for (var i = openIndex; i < sanitized.Length; i++)
        {
            var c = sanitized[i];
            if (c is '{' or '[' or '(')
            {
                depth++;
            }
            else if (c is '}' or ']' or ')')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        throw new FormatException($"The bracket at offset {openIndex} is never closed.");
    }
}
