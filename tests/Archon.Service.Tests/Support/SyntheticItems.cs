namespace Archon.Service.Tests.Support;

/// <summary>Benchmark items "What is A + B?" with their answers; the tag keeps questions unique per test.</summary>
internal static class SyntheticItems
{
    public static object[] Create(int count, int tag) =>
        [.. Enumerable.Range(0, count).Select(i => (object)new { id = $"item-{i}", question = $"What is {tag} + {i}?", answer = (tag + i).ToString(System.Globalization.CultureInfo.InvariantCulture) })];

    public static IEnumerable<string> Questions(int count, int tag) => Enumerable.Range(0, count).Select(i => $"What is {tag} + {i}?");
}
