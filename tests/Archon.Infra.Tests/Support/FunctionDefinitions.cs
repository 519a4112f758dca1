using System.Text.Json;

namespace Archon.Infra.Tests.Support;

/// <summary>The function folders of src/Archon.Functions (each holds a function.json) as they are at test time.</summary>
internal static class FunctionDefinitions
{
    public static IReadOnlyList<string> Files() =>
        Directory.Exists(RepoPaths.FunctionsApp)
            ? [.. Directory.GetDirectories(RepoPaths.FunctionsApp)
                .Select(d => Path.Combine(d, "function.json"))
                .Where(File.Exists)
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Every binding of every function: (function name, binding object).</summary>
    public static IEnumerable<(string Function, JsonElement Binding)> Bindings()
    {
        foreach (var file in Files())
        {
            var function = Path.GetFileName(Path.GetDirectoryName(file)!);
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("bindings", out var bindings) || bindings.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var binding in bindings.EnumerateArray())
            {
                yield return (function, binding.Clone());
            }
        }
    }
}
