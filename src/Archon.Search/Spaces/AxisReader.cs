using System.Globalization;
using System.Text.Json;
using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// Reads the values of one search-space field. Sizes are checked before anything is built: a list longer than
/// <see cref="SpaceLimits.MaxAxisValues"/> or a range outside the field's bounds is refused from its length or its
/// ends alone, so no input makes the reader allocate or loop in proportion to the numbers it holds.
/// </summary>
internal static class AxisReader
{
    public static JsonElement? Obj(JsonElement? parent, string name, string path)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Object ? e : throw SearchSpaceException.For(path, "must be an object");
    }

    public static string? Str(JsonElement? parent, string name, string path)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw SearchSpaceException.For(path, "must be a string");
    }

    public static int? Int(JsonElement? parent, string name, string path, int min = int.MinValue, int max = int.MaxValue)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var i))
        {
            throw SearchSpaceException.For(path, "must be an integer");
        }

        return i >= min && i <= max ? (int)i : throw SearchSpaceException.For(path, string.Create(CultureInfo.InvariantCulture, $"must lie in {min}..{max} (got {i})"));
    }

    /// <summary>Model names: one name or a non-empty list without duplicates; <paramref name="fallback"/> when absent.</summary>
    public static IReadOnlyList<string> Strings(JsonElement? parent, string name, string path, IReadOnlyList<string> fallback)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var v))
        {
            return fallback;
        }

        List<string> list;
        if (v.ValueKind == JsonValueKind.String)
        {
            list = [v.GetString()!];
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            CheckLength(v, path);
            list = v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString())
                ? e.GetString()!
                : throw SearchSpaceException.For(path, "every entry must be a non-empty model name")).ToList();
        }
        else
        {
            throw SearchSpaceException.For(path, "must be a model name or a list of model names");
        }

        CheckNames(list, path, indexed: v.ValueKind == JsonValueKind.Array);
        if (list.Count == 0 || list.Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw SearchSpaceException.For(path, "needs at least one model and no duplicates");
        }

        return list;
    }

    /// <summary>
    /// Integers: a number, a list, or a range <c>{"min", "max", "step"}</c>, each value within
    /// <paramref name="min"/>..<paramref name="max"/>; sorted, without duplicates. <paramref name="fallback"/> when absent.
    /// </summary>
    public static List<int> Ints(JsonElement? parent, string name, string path, int[] fallback, int min, int max)
    {
        if (parent is not { } p || !p.TryGetProperty(name, out var v))
        {
            return [.. fallback];
        }

        return Ints(v, path, min, max);
    }

    /// <summary>Integers from the element itself (see the overload above).</summary>
    public static List<int> Ints(JsonElement v, string path, int min, int max)
    {
        List<long> values;
        switch (v.ValueKind)
        {
            case JsonValueKind.Number:
                values = [Integer(v, path)];
                break;
            case JsonValueKind.Array:
                CheckLength(v, path);
                values = v.EnumerateArray().Select(e => Integer(e, path)).ToList();
                break;
            case JsonValueKind.Object:
                return Range(v, path, min, max);
            default:
                throw SearchSpaceException.For(path, "must be an integer, a list of integers or {\"min\",\"max\",\"step\"}");
        }

        if (values.Count == 0 || values.Any(x => x < min || x > max))
        {
            throw SearchSpaceException.For(path, $"values must lie in {min}..{max} (got [{string.Join(", ", values)}])");
        }

        return values.Select(x => (int)x).Distinct().Order().ToList();
    }

    /// <summary>Numbers in 0..2 (temperatures); a number or a list. 0.7 when absent.</summary>
    public static List<double> Temperatures(JsonElement? parent, string name, string path)
    {
        var values = new List<double> { 0.7 };
        if (parent is { } p && p.TryGetProperty(name, out var v))
        {
            if (v.ValueKind == JsonValueKind.Array)
            {
                CheckLength(v, path);
            }

            values = v.ValueKind switch
            {
                JsonValueKind.Number => [v.GetDouble()],
                JsonValueKind.Array => v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw SearchSpaceException.For(path, "every value must be a number")).ToList(),
                _ => throw SearchSpaceException.For(path, "must be a number or a list of numbers"),
            };
        }

        if (values.Count == 0 || values.Any(x => x is < 0 or > 2 || double.IsNaN(x)))
        {
            throw SearchSpaceException.For(path, "temperatures must lie in 0..2 " + string.Join(",", values.Select(x => x.ToString(CultureInfo.InvariantCulture))));
        }

        return values.Distinct().Order().ToList();
    }

    /// <summary>Switches: true, false or a list of them. False when absent.</summary>
    public static List<bool> Bools(JsonElement? parent, string name, string path)
    {
        var values = new List<bool> { false };
        if (parent is { } p && p.TryGetProperty(name, out var v))
        {
            values = v.ValueKind switch
            {
                JsonValueKind.True or JsonValueKind.False => [v.GetBoolean()],
                JsonValueKind.Array when v.GetArrayLength() <= 2 => v.EnumerateArray().Select(e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : throw SearchSpaceException.For(path, "every value must be true or false")).ToList(),
                _ => throw SearchSpaceException.For(path, "must be true, false or [false, true]"),
            };
        }

        if (values.Count == 0)
        {
            throw SearchSpaceException.For(path, "needs at least one value");
        }

        return values.Distinct().Order().ToList();
    }

    /// <summary>
    /// Refuses a model name that breaks <see cref="ModelNameRule"/>, at <c>path[i]</c> when <paramref name="indexed"/>
    /// (a list or a ranking file), else at <paramref name="path"/>.
    /// </summary>
    public static void CheckNames(IReadOnlyList<string> names, string path, bool indexed)
    {
        if (ModelNameRule.Problems(names).FirstOrDefault() is { Problem: not null } broken)
        {
            throw SearchSpaceException.For(indexed ? string.Create(CultureInfo.InvariantCulture, $"{path}[{broken.Index}]") : path, broken.Problem);
        }
    }

    /// <summary>Refuses an array longer than <see cref="SpaceLimits.MaxAxisValues"/> before reading its entries.</summary>
    public static void CheckLength(JsonElement array, string path)
    {
        var length = array.GetArrayLength();
        if (length > SpaceLimits.MaxAxisValues)
        {
            throw SearchSpaceException.For(path, string.Create(CultureInfo.InvariantCulture, $"lists at most {SpaceLimits.MaxAxisValues:N0} values (got {length:N0})"));
        }
    }

    // The ends and the step are checked before the list is built: a range such as 1..2,000,000,000 is refused
    // from its ends, and the loop runs over long so that a maximum of int.MaxValue cannot wrap around.
    private static List<int> Range(JsonElement v, string path, int min, int max)
    {
        var lo = LongField(v, "min", path) ?? throw SearchSpaceException.For(path + ".min", "is required in a range");
        var hi = LongField(v, "max", path) ?? throw SearchSpaceException.For(path + ".max", "is required in a range");
        var step = LongField(v, "step", path) ?? 1;
        if (step < 1 || hi < lo)
        {
            throw SearchSpaceException.For(path, "a range needs step >= 1 and max >= min");
        }

        if (lo < min || hi > max)
        {
            throw SearchSpaceException.For(path, string.Create(CultureInfo.InvariantCulture, $"values must lie in {min}..{max} (got {lo}..{hi})"));
        }

        var list = new List<int>();
        for (var x = lo; x <= hi; x += step)
        {
            list.Add((int)x);
        }

        return list;
    }

    private static long? LongField(JsonElement range, string name, string path)
    {
        if (!range.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var i) ? i : throw SearchSpaceException.For($"{path}.{name}", "must be an integer");
    }

    private static long Integer(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var i) ? i : throw SearchSpaceException.For(path, "every value must be an integer");
}
