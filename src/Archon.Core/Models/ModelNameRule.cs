using System.Globalization;

namespace Archon.Core.Models;

/// <summary>
/// What a model name may be, wherever it comes from (an architecture's <c>model</c>, a catalog entry's name or alias, a
/// search space, a request): at most <see cref="MaxLength"/> characters and no control characters. A name is sent to
/// endpoints, written into logs, traces, cache keys and stored results and echoed in errors, and under simulation any
/// name becomes a model, so the limit is checked where names enter rather than trusted to each place that prints one.
/// </summary>
public static class ModelNameRule
{
    /// <summary>The longest model name accepted, in UTF-16 characters.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// Why <paramref name="name"/> breaks the rule, as the end of a sentence about the field holding it (e.g.
    /// <c>must be at most 256 characters with no control characters, but it is 20,000 characters long</c>); null when
    /// it keeps it. Null and empty names keep it: whether a name may be missing is the caller's rule.
    /// </summary>
    public static string? Problem(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (name.Length > MaxLength)
        {
            return Refusal(string.Create(CultureInfo.InvariantCulture, $"it is {name.Length:N0} characters long"));
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsControl(name[i]))
            {
                return Refusal(string.Create(CultureInfo.InvariantCulture, $"it holds the control character U+{(int)name[i]:X4} at index {i}"));
            }
        }

        return null;
    }

    /// <summary>Each name of <paramref name="names"/> that breaks the rule, by its index, with <see cref="Problem"/>'s reason.</summary>
    public static IEnumerable<(int Index, string Problem)> Problems(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        for (var i = 0; i < names.Count; i++)
        {
            if (Problem(names[i]) is { } problem)
            {
                yield return (i, problem);
            }
        }
    }

    /// <summary>True when <paramref name="name"/> keeps the rule.</summary>
    public static bool IsValid(string? name) => Problem(name) is null;

    private static string Refusal(string why) =>
        string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxLength} characters with no control characters, but {why}");
}
