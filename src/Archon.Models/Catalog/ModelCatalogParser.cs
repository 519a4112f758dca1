using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archon.Core.Models;

namespace Archon.Models.Catalog;

/// <summary>Reads catalog JSON into entries, collecting every problem with the entry and field it concerns.</summary>
internal static partial class ModelCatalogParser
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "kind", "endpoint", "baseUrl", "deployment", "auth", "apiKeyEnv", "inputPricePerMillion",
        "outputPricePerMillion", "maxConcurrency", "requestsPerMinute", "tokensPerMinute", "timeoutSeconds",
        "maxRetries", "aliases", "modelTypes", "skill", "latencyMs", "malformedJsonRate", "description",
        "structuredOutputs", "outputLimitField", "retryBaseDelayMs",
    };

    private static readonly HashSet<string> SecretFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "apiKey", "api_key", "key", "secret", "password", "token", "accessToken", "bearerToken",
    };

    public static IReadOnlyList<ModelCatalogEntry> Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new ModelCatalogException(
                string.Create(CultureInfo.InvariantCulture, $"Model catalog {sourceName}: invalid JSON at line {line}, column {column}."));
        }

        using (document)
        {
            var errors = new List<string>();
            var entries = new List<ModelCatalogEntry>();
            foreach (var (path, element, implicitName) in EnumerateEntries(document.RootElement, errors))
            {
                var entry = ReadEntry(path, element, implicitName, errors);
                if (entry is not null)
                {
                    entries.Add(entry);
                }
            }

            CheckDuplicates(entries, errors);
            if (errors.Count > 0)
            {
                var message = $"Model catalog {sourceName} is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors);
                throw new ModelCatalogException(message, errors);
            }

            return entries;
        }
    }

    private static IEnumerable<(string Path, JsonElement Element, string? ImplicitName)> EnumerateEntries(JsonElement root, List<string> errors)
    {
        var models = root;
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (!TryGetProperty(root, "models", out models))
            {
                errors.Add("models: is required (an array of model entries, or an object keyed by model name).");
                yield break;
            }
        }

        if (models.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in models.EnumerateArray())
            {
                yield return (string.Create(CultureInfo.InvariantCulture, $"models[{i++}]"), item, null);
            }
        }
        else if (models.ValueKind == JsonValueKind.Object)
        {
            var i = 0;
            foreach (var property in models.EnumerateObject())
            {
                // The key is the entry's name; one breaking the name rule is refused with the entry, not printed.
                yield return (
                    ModelNameRule.IsValid(property.Name) ? $"models.{property.Name}" : string.Create(CultureInfo.InvariantCulture, $"models (key at index {i})"),
                    property.Value,
                    property.Name);
                i++;
            }
        }
        else
        {
            errors.Add("models: must be an array of model entries or an object keyed by model name.");
        }
    }

    private static ModelCatalogEntry? ReadEntry(string path, JsonElement e, string? implicitName, List<string> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: must be an object.");
            return null;
        }

        var reader = new EntryReader(e, errors);
        var explicitName = reader.String("name");
        var name = explicitName ?? implicitName;
        var nameProblem = ModelNameRule.Problem(name);
        var at = string.IsNullOrWhiteSpace(name) || nameProblem is not null ? path : $"{path} (\"{name}\")";
        reader.At = at;
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add($"{at}.name: is required.");
        }
        else if (nameProblem is not null)
        {
            errors.Add(explicitName is null ? $"{at}: the key names the model and {nameProblem}." : $"{at}.name: {nameProblem}.");
        }

        foreach (var property in e.EnumerateObject())
        {
            if (SecretFields.Contains(property.Name))
            {
                errors.Add($"{at}.{property.Name}: keys must not be stored in the catalog; put the key in an environment variable and give its NAME in \"apiKeyEnv\".");
            }
            else if (!KnownFields.Contains(property.Name))
            {
                errors.Add($"{at}.{property.Name}: unknown field.");
            }
        }

        var kind = reader.String("kind");
        if (kind is null)
        {
            errors.Add($"{at}.kind: is required (one of {string.Join(", ", ModelKinds.All)}).");
        }
        else if (!ModelKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            errors.Add($"{at}.kind: \"{kind}\" is not one of {string.Join(", ", ModelKinds.All)}.");
        }

        var endpoint = reader.Uri("endpoint") ?? reader.Uri("baseUrl");
        var apiKeyEnv = reader.String("apiKeyEnv");
        if (apiKeyEnv is not null && !EnvironmentVariableName().IsMatch(apiKeyEnv))
        {
            errors.Add($"{at}.apiKeyEnv: must be the NAME of an environment variable (letters, digits, underscores), not a key.");
        }

        var auth = reader.String("auth") ?? DefaultAuth(kind, apiKeyEnv);
        ValidateKindRules(at, kind, endpoint, auth, apiKeyEnv, errors);

        var entry = new ModelCatalogEntry
        {
            Name = name ?? string.Empty,
            Kind = kind ?? string.Empty,
            Endpoint = endpoint,
            Deployment = CheckName(at, "deployment", reader.String("deployment"), errors),
            Auth = auth,
            ApiKeyEnv = apiKeyEnv,
            Pricing = new ModelPricing(reader.Decimal("inputPricePerMillion") ?? 0m, reader.Decimal("outputPricePerMillion") ?? 0m),
            MaxConcurrency = reader.Int("maxConcurrency", 1, 100_000),
            RequestsPerMinute = reader.Int("requestsPerMinute", 1, 100_000_000),
            TokensPerMinute = reader.Int("tokensPerMinute", 1, int.MaxValue),
            Timeout = TimeSpan.FromSeconds(reader.Double("timeoutSeconds", 0.001, 3600) ?? 120),
            MaxRetries = reader.Int("maxRetries", 0, 20) ?? 4,
            RetryBaseDelay = TimeSpan.FromMilliseconds(reader.Int("retryBaseDelayMs", 1, 60_000) ?? 1000),
            Aliases = CheckNames(at, "aliases", reader.Strings("aliases"), errors),
            ModelTypes = CheckNames(at, "modelTypes", reader.Strings("modelTypes"), errors),
            Skill = reader.Double("skill", 0, 1) ?? 0.6,
            Latency = TimeSpan.FromMilliseconds(reader.Double("latencyMs", 0, 600_000) ?? 0),
            MalformedJsonRate = reader.Double("malformedJsonRate", 0, 1) ?? 0,
            StructuredOutputs = reader.OneOf("structuredOutputs", StructuredOutputModes.All) ?? StructuredOutputModes.JsonSchema,
            OutputLimitField = reader.OneOf("outputLimitField", OutputLimitFields.All) ?? DefaultOutputLimitField(kind),
        };
        return entry;
    }

    // Deployments and modelTypes are held to the name rule too: a deployment is the model id sent to the server, and
    // modelTypes values are matched against architectures' model_type.
    private static string? CheckName(string at, string field, string? name, List<string> errors)
    {
        if (ModelNameRule.Problem(name) is { } problem)
        {
            errors.Add($"{at}.{field}: {problem}.");
        }

        return name;
    }

    private static IReadOnlyList<string> CheckNames(string at, string field, IReadOnlyList<string> names, List<string> errors)
    {
        errors.AddRange(ModelNameRule.Problems(names).Select(p => string.Create(CultureInfo.InvariantCulture, $"{at}.{field}[{p.Index}]: {p.Problem}.")));
        return names;
    }

    private static string DefaultOutputLimitField(string? kind) =>
        kind == ModelKinds.OpenAICompatible ? OutputLimitFields.MaxTokens : OutputLimitFields.MaxCompletionTokens;

    private static string DefaultAuth(string? kind, string? apiKeyEnv) =>
        apiKeyEnv is not null ? ModelAuthModes.ApiKey
        : kind == ModelKinds.AzureOpenAI ? ModelAuthModes.Entra
        : ModelAuthModes.None;

    private static void ValidateKindRules(string at, string? kind, Uri? endpoint, string auth, string? apiKeyEnv, List<string> errors)
    {
        if (kind is ModelKinds.AzureOpenAI or ModelKinds.OpenAICompatible && endpoint is null)
        {
            errors.Add($"{at}.endpoint: is required for kind \"{kind}\" (an absolute http(s) URL).");
        }

        if (auth is not (ModelAuthModes.Entra or ModelAuthModes.ApiKey or ModelAuthModes.None))
        {
            errors.Add($"{at}.auth: \"{auth}\" is not one of entra, apiKey, none.");
        }
        else if (auth == ModelAuthModes.Entra && kind != ModelKinds.AzureOpenAI)
        {
            errors.Add($"{at}.auth: \"entra\" is only available for kind \"azure-openai\".");
        }
        else if (auth == ModelAuthModes.ApiKey && apiKeyEnv is null)
        {
            errors.Add($"{at}.apiKeyEnv: is required when auth is \"apiKey\" (the NAME of the environment variable holding the key).");
        }
        else if (kind == ModelKinds.OpenAI && auth != ModelAuthModes.ApiKey)
        {
            errors.Add($"{at}.apiKeyEnv: is required for kind \"openai\" (the NAME of the environment variable holding the key).");
        }
    }

    private static void CheckDuplicates(List<ModelCatalogEntry> entries, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Names breaking the name rule are reported already; repeating them here would print them whole.
        foreach (var entry in entries.Where(e => ModelNameRule.IsValid(e.Name)))
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                if (name.Length > 0 && ModelNameRule.IsValid(name) && !seen.Add(name))
                {
                    errors.Add($"\"{entry.Name}\": the name or alias \"{name}\" is used by more than one entry.");
                }
            }
        }
    }

    internal static bool TryGetProperty(JsonElement e, string name, out JsonElement value)
    {
        foreach (var property in e.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentVariableName();
}
