using System.Text;

namespace Archon.Core.Components.Shared;

/// <summary>
/// The query as later layers see it once unit tests exist. The original Archon appends the generated tests to the
/// user's query after the marker sentence below; we never change the caller's messages, so components that show
/// the query rebuild that form here instead.
/// </summary>
internal static class QueryText
{
    /// <summary>The sentence that introduces the tests appended to a query.</summary>
    public const string UnitTestMarker = "Your response should pass the following unit tests:";

    /// <summary>The query followed by the marker and one test per line; the query unchanged when there are no tests.</summary>
    public static string WithUnitTests(string query, IReadOnlyList<string> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        if (tests.Count == 0)
        {
            return query;
        }

        var sb = new StringBuilder(query.TrimEnd()).Append("\n\n").Append(UnitTestMarker);
        foreach (var test in tests)
        {
            sb.Append("\n- ").Append(test);
        }

        return sb.ToString();
    }

    /// <summary>The query with any appended unit-test block (from the marker on) removed.</summary>
    public static string WithoutUnitTests(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var at = query.IndexOf(UnitTestMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? query : query[..at].TrimEnd();
    }
}
