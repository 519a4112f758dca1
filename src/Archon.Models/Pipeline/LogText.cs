using System.Text;

namespace Archon.Models.Pipeline;

/// <summary>
/// Text from outside (a model name taken from a request, an upstream message) made safe for one log line: control
/// characters become spaces and anything past <see cref="MaxLength"/> characters is cut, saying how much was cut.
/// </summary>
internal static class LogText
{
    public const int MaxLength = 200;

    public static string Clip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var length = Math.Min(text.Length, MaxLength);
        var builder = new StringBuilder(length + 32);
        for (var i = 0; i < length; i++)
        {
            builder.Append(char.IsControl(text[i]) ? ' ' : text[i]);
        }

        return text.Length > MaxLength
            ? builder.Append(FormattableString.Invariant($"… ({text.Length - MaxLength} more characters)")).ToString()
            : builder.ToString();
    }
}
