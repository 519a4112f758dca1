namespace Archon.Benchmarks.Datasets;

/// <summary>
/// The boxed final answer of a MATH solution: datasets take the reference from it when an item has no answer field,
/// and the MATH scorer reads a response's answer the same way.
/// </summary>
public static class BoxedAnswer
{
    /// <summary>The content of the last <c>\boxed{…}</c> (or <c>\fbox{…}</c>) in <paramref name="text"/>, or null.</summary>
    public static string? Last(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var start = Math.Max(text.LastIndexOf("\\boxed", StringComparison.Ordinal), text.LastIndexOf("\\fbox", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var i = start + (text.AsSpan(start).StartsWith("\\boxed") ? 6 : 5);
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return null;
        }

        if (text[i] != '{')
        {
            // "\boxed 5" form: up to the closing $ or the end of the line.
            var end = text.IndexOfAny(['$', '\n'], i);
            var bare = (end < 0 ? text[i..] : text[i..end]).Trim();
            return bare.Length == 0 ? null : bare;
        }

        var depth = 0;
        for (var j = i; j < text.Length; j++)
        {
            if (text[j] == '\\' && j + 1 < text.Length && text[j + 1] is '{' or '}')
            {
                j++;
                continue;
            }

            if (text[j] == '{')
            {
                depth++;
            }
            else if (text[j] == '}' && --depth == 0)
            {
                return text[(i + 1)..j];
            }
        }

        return null;
    }
}
