using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;

namespace Archon.Core.Components.Shared;

/// <summary>
/// Finds a JSON value in model output that is only roughly JSON: inside code fences, surrounded by prose, with
/// trailing commas, comments, single-quoted strings or Python-style <c>True</c>/<c>False</c>/<c>None</c>.
/// </summary>
internal static partial class LenientJson
{
    // Bounds the work on long, brace-heavy replies; real replies hold their JSON within the first few openings.
    private const int MaxSpanStarts = 32;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// Tries every plausible JSON text in <paramref name="text"/> (fenced blocks, the whole reply, then each balanced
    /// <c>{…}</c> or <c>[…]</c> span in order) and returns the first that <paramref name="read"/> accepts.
    /// </summary>
    public static T? Read<T>(string? text, Func<JsonElement, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var span in CandidateTexts(text))
        {
            if (TryRead(span, read) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static IEnumerable<string> CandidateTexts(string text)
    {
        if (text.Contains("```", StringComparison.Ordinal))
        {
            foreach (Match fence in FenceRegex().Matches(text))
            {
                yield return fence.Groups[1].Value;
            }
        }

        yield return text.Trim();

        var starts = 0;
        for (var i = 0; i < text.Length && starts < MaxSpanStarts; i++)
        {
            if (text[i] is '{' or '[')
            {
                starts++;
                if (BalancedEnd(text, i) is { } end)
                {
                    yield return text[i..(end + 1)];
                }
            }
        }
    }

    private static T? TryRead<T>(string json, Func<JsonElement, T?> read)
        where T : class
    {
        if (TryReadStrict(json, read, out var value))
        {
            return value;
        }

        var normalized = Normalize(json);
        return normalized != json && TryReadStrict(normalized, read, out value) ? value : null;
    }

    /// <summary>Parses <paramref name="json"/> and applies <paramref name="read"/>; false when it is not JSON.</summary>
    private static bool TryReadStrict<T>(string json, Func<JsonElement, T?> read, out T? value)
        where T : class
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException)
        {
            value = null;
            return false;
        }

        using (doc)
        {
            // Readers copy what they keep into strings and ints, so the document can be disposed afterwards.
            value = read(doc.RootElement);
            return true;
        }
    }

    /// <summary>Index of the bracket closing the one at <paramref name="start"/>, or null when the span is truncated.</summary>
    private static int? BalancedEnd(string text, int start)
    {
        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Rewrites single-quoted strings as JSON strings and Python literals as JSON literals.</summary>
    internal static string Normalize(string json)
    {
        var sb = new StringBuilder(json.Length + 8);
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            if (c == '"')
            {
                i = CopyDoubleQuoted(json, i, sb);
            }
            else if (c == '\'')
            {
                i = ConvertSingleQuoted(json, i, sb);
            }
            else if (char.IsLetter(c))
            {
                var end = i;
                while (end < json.Length && (char.IsLetterOrDigit(json[end]) || json[end] == '_'))
                {
                    end++;
                }

                var word = json[i..end];
                sb.Append(word switch
                {
                    "True" => "true",
                    "False" => "false",
                    "None" => "null",
                    _ => word,
                });
                i = end;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    private static int CopyDoubleQuoted(string json, int start, StringBuilder sb)
    {
        sb.Append('"');
        var i = start + 1;
        while (i < json.Length)
        {
            var c = json[i];
            sb.Append(c);
            i++;
            if (c == '\\' && i < json.Length)
            {
                sb.Append(json[i]);
                i++;
            }
            else if (c == '"')
            {
                break;
            }
        }

        return i;
    }

    private static int ConvertSingleQuoted(string json, int start, StringBuilder sb)
    {
        sb.Append('"');
        var i = start + 1;
        while (i < json.Length)
        {
            var c = json[i];
            i++;
            if (c == '\\' && i < json.Length)
            {
                var next = json[i];
                i++;
                sb.Append(next == '\'' ? "'" : $"\\{next}");
            }
            else if (c == '"')
            {
                sb.Append("\\\"");
            }
            else if (c == '\'')
            {
                break;
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
        return i;
    }

    [GeneratedRegex(@"```[A-Za-z0-9_-]*[ \t]*\r?\n?(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FenceRegex();
}
