using Archon.Core.Components.Shared;

namespace Archon.Core.Components.Verifier;

/// <summary>Reads a verifier reply <c>{"reasoning":"…","passed":true}</c>.</summary>
internal static class VerdictParser
{
    /// <summary>The verdict, or null when no JSON object with a readable <c>passed</c> is found.</summary>
    public static ParsedVerdict? Parse(string? text) =>
        LenientJson.Read(text, root =>
            JsonValues.Bool(JsonValues.Property(root, "passed", "verdict")) is { } passed
                ? new ParsedVerdict(passed, JsonValues.Text(JsonValues.Property(root, "reasoning")) ?? string.Empty)
                : null);
}
