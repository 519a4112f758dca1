using System.Text.Json;

namespace Archon.Search.Spaces;

/// <summary>
/// Reads a model ranking (best first) from a file: a JSON array of names, a JSON object whose <c>ranking</c>
/// (or <c>models</c>) array holds names or objects with a <c>model</c>/<c>name</c> field (the output of
/// <c>archon rank-models</c>), or plain text with one name per line. A ranking object may say which role it ranks
/// models for (<c>"role": "generator"</c> or <c>"fuser"</c>); one read for the other role is refused.
/// </summary>
public static class ModelRankingReader
{
    /// <summary>The role of a ranking of models answering alone (the generator ranking; the default).</summary>
    public const string GeneratorRole = "generator";

    /// <summary>The role of a ranking of models fusing a fixed candidate set.</summary>
    public const string FuserRole = "fuser";

    /// <summary>Reads the ranking file at <paramref name="path"/>, expected to rank models for <paramref name="role"/>.</summary>
    public static IReadOnlyList<string> ReadFile(string path, string role = GeneratorRole)
    {
        if (!File.Exists(path))
        {
            throw SearchSpaceException.For("rankingFile", $"file '{path}' does not exist");
        }

        return Parse(File.ReadAllText(path), path, role);
    }

    /// <summary>Parses ranking text; <paramref name="source"/> names it in errors (<c>source[i]</c> for the i-th name).</summary>
    public static IReadOnlyList<string> Parse(string text, string source, string role = GeneratorRole)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        IReadOnlyList<string> names = !trimmed.StartsWith('[') && !trimmed.StartsWith('{')
            ? text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray()
            : ParseJson(text, source, role);
        AxisReader.CheckNames(names, source, indexed: true);
        return names;
    }

    private static List<string> ParseJson(string text, string source, string role)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw SearchSpaceException.For(source, "a ranking file is not valid JSON: " + ex.Message);
        }

        using var owned = doc;
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("role", out var given) && given.ValueKind == JsonValueKind.String && !string.Equals(given.GetString(), role, StringComparison.Ordinal))
            {
                throw SearchSpaceException.For(source, $"this file ranks models as {given.GetString()}s, and is read here as a {role} ranking ({(role == FuserRole ? "use the output of archon rank-models --role fuser" : "use it as fusion.rankingFile")})");
            }

            if (!root.TryGetProperty("ranking", out var r) && !root.TryGetProperty("models", out r))
            {
                throw SearchSpaceException.For(source, "a ranking object needs a 'ranking' or 'models' array");
            }

            root = r;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            throw SearchSpaceException.For(source, "the ranking must be an array of model names");
        }

        var names = new List<string>();
        foreach (var e in root.EnumerateArray())
        {
            var name = e.ValueKind switch
            {
                JsonValueKind.String => e.GetString(),
                JsonValueKind.Object when e.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String => m.GetString(),
                JsonValueKind.Object when e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(name))
            {
                throw SearchSpaceException.For(source, "each ranking entry must be a model name or an object with a 'model' field");
            }

            names.Add(name);
        }

        return names;
    }
}
