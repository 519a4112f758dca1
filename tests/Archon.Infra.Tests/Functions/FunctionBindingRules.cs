using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Infra.Tests.Functions;

/// <summary>
/// Checks function.json bindings against what the infrastructure provides: the queues and containers it creates
/// and the app settings it sets. Returns one readable problem per mismatch.
/// </summary>
internal static partial class FunctionBindingRules
{
    private static readonly string[] StorageBindingTypes = ["queueTrigger", "queue", "blobTrigger", "blob"];

    public static IReadOnlyList<string> Check(
        IEnumerable<(string Function, JsonElement Binding)> bindings,
        IReadOnlyCollection<string> queues,
        IReadOnlyCollection<string> containers,
        IReadOnlyCollection<string> appSettings)
    {
        var problems = new List<string>();
        foreach (var (function, binding) in bindings)
        {
            var type = Text(binding, "type") ?? string.Empty;
            var name = Text(binding, "name") ?? "?";
            var at = $"{function}/function.json binding '{name}' ({type})";

            foreach (var setting in SettingReferences(binding))
            {
                if (!appSettings.Contains(setting))
                {
                    problems.Add($"{at}: refers to %{setting}%, which the infrastructure does not set");
                }
            }

            if (type is "queueTrigger" or "queue" && Text(binding, "queueName") is { } queue && !queue.Contains('%', StringComparison.Ordinal)
                && !queues.Contains(queue))
            {
                problems.Add($"{at}: queue '{queue}' is not created by the infrastructure");
            }

            if (type is "blobTrigger" or "blob" && Text(binding, "path") is { } path)
            {
                var container = path.Split('/')[0];
                if (!container.Contains('%', StringComparison.Ordinal) && !container.Contains('{', StringComparison.Ordinal)
                    && !containers.Contains(container))
                {
                    problems.Add($"{at}: container '{container}' is not created by the infrastructure");
                }
            }

            if (StorageBindingTypes.Contains(type))
            {
                var connection = Text(binding, "connection") is { Length: > 0 } c ? c : "AzureWebJobsStorage";
                if (!appSettings.Any(s => s.StartsWith(connection + "__", StringComparison.Ordinal)))
                {
                    problems.Add($"{at}: connection '{connection}' has no identity-based settings ({connection}__accountName) in the infrastructure");
                }
            }
        }

        return problems;
    }

    private static string? Text(JsonElement binding, string property) =>
        binding.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> SettingReferences(JsonElement binding) =>
        binding.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .SelectMany(p => SettingReferenceRegex().Matches(p.Value.GetString()!).Select(m => m.Groups[1].Value));

    [GeneratedRegex("%([A-Za-z_][A-Za-z0-9_]*)%")]
    private static partial Regex SettingReferenceRegex();
}
