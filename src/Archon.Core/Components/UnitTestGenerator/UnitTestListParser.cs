using Archon.Core.Components.Shared;

namespace Archon.Core.Components.UnitTestGenerator;

/// <summary>Reads a unit-test generator reply <c>{"tests":["…"]}</c> (or a bare array) into non-empty tests.</summary>
internal static class UnitTestListParser
{
    /// <summary>The tests in order (blank and repeated ones skipped), or null when none are found.</summary>
    public static IReadOnlyList<string>? Parse(string? text) =>
        LenientJson.Read(text, root =>
        {
            if (JsonValues.ArrayOf(root, "tests") is not { } array)
            {
                return null;
            }

            var tests = new List<string>();
            foreach (var item in array.EnumerateArray())
            {
                var test = (JsonValues.Text(JsonValues.Property(item, "test", "description")) ?? JsonValues.Text(item))?.Trim();
                if (!string.IsNullOrEmpty(test) && !tests.Contains(test, StringComparer.Ordinal))
                {
                    tests.Add(test);
                }
            }

            return tests.Count > 0 ? tests : null;
        });
}
