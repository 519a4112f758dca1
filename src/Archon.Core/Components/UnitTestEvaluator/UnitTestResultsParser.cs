using Archon.Core.Components.Shared;

namespace Archon.Core.Components.UnitTestEvaluator;

/// <summary>
/// Reads a unit-test evaluator reply <c>{"results":[{"test":1,"passed":true,"reasoning":"…"}]}</c> into verdicts by
/// 0-based test index. An entry without a test id is taken to be about the test at its position.
/// </summary>
internal static class UnitTestResultsParser
{
    /// <summary>Verdicts by 0-based test index; null when no entry refers to a valid test with a readable verdict.</summary>
    public static IReadOnlyDictionary<int, ParsedTestResult>? Parse(string? text, int testCount) =>
        LenientJson.Read(text, root =>
        {
            if (JsonValues.ArrayOf(root, "results") is not { } array)
            {
                return null;
            }

            var results = new Dictionary<int, ParsedTestResult>();
            var position = 0;
            foreach (var item in array.EnumerateArray())
            {
                position++;
                var id = JsonValues.Id(JsonValues.Property(item, "test", "test_id", "id")) ?? position;
                if (id < 1 || id > testCount || JsonValues.Bool(JsonValues.Property(item, "passed", "verdict")) is not { } passed)
                {
                    continue;
                }

                results.TryAdd(id - 1, new ParsedTestResult(passed, JsonValues.Text(JsonValues.Property(item, "reasoning"))));
            }

            return results.Count > 0 ? results : null;
        });
}
