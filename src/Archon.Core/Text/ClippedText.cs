using System.Globalization;
using System.Text;

namespace Archon.Core.Text;

/// <summary>
/// Text from outside (a name or id from a request, an option or a file, an upstream message) made safe to quote in an
/// error or a log line: control characters become spaces and anything past <see cref="MaxLength"/> characters is cut,
/// saying how long the text was, so that a name of 100,000 characters gives a short error.
/// </summary>
public static class ClippedText
{
    /// <summary>The most characters of the text that are kept.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// <paramref name="text"/> with control characters replaced by spaces; when longer than <see cref="MaxLength"/>,
    /// its first <see cref="MaxLength"/> characters followed by <c>… (N characters)</c>, N being its whole length.
    /// Empty for null.
    /// </summary>
    public static string Clip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var length = Math.Min(text.Length, MaxLength);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            // Never keep half of a surrogate pair.
            length--;
        }

        var builder = new StringBuilder(length + 32);
        for (var i = 0; i < length; i++)
        {
            builder.Append(char.IsControl(text[i]) ? ' ' : text[i]);
        }

        return text.Length > length
            ? builder.Append(string.Create(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)")).ToString()
            : builder.ToString();
    }
}
