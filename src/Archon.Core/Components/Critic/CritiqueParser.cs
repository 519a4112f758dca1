using Archon.Core.Components.Shared;

namespace Archon.Core.Components.Critic;

/// <summary>
/// Reads a critic reply <c>{"critiques":[{"candidate":1,"strengths":"…","weaknesses":"…"}]}</c> into critiques by
/// 0-based candidate index. An entry without a candidate id is taken to be about the candidate at its position.
/// </summary>
internal static class CritiqueParser
{
    /// <summary>Critiques by 0-based index; null when no entry refers to a valid candidate.</summary>
    public static IReadOnlyDictionary<int, ParsedCritique>? Parse(string? text, int candidateCount) =>
        LenientJson.Read(text, root =>
        {
            if (JsonValues.ArrayOf(root, "critiques") is not { } array)
            {
                return null;
            }

            var critiques = new Dictionary<int, ParsedCritique>();
            var position = 0;
            foreach (var item in array.EnumerateArray())
            {
                position++;
                var id = JsonValues.Id(JsonValues.Property(item, "candidate", "candidate_id", "id")) ?? position;
                var strengths = JsonValues.Text(JsonValues.Property(item, "strengths"));
                var weaknesses = JsonValues.Text(JsonValues.Property(item, "weaknesses"));
                if (id < 1 || id > candidateCount || (strengths is null && weaknesses is null))
                {
                    continue;
                }

                critiques.TryAdd(id - 1, new ParsedCritique(strengths ?? string.Empty, weaknesses ?? string.Empty));
            }

            return critiques.Count > 0 ? critiques : null;
        });
}
