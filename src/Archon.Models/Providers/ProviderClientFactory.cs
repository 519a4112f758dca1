using System.ClientModel;
using System.ClientModel.Primitives;
using Archon.Models.Catalog;
using Archon.Models.Pipeline;
using Archon.Models.Redaction;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace Archon.Models.Providers;

/// <summary>
/// Builds the innermost client of a real model: Azure OpenAI (Entra ID via DefaultAzureCredential, or a key),
/// OpenAI, or any OpenAI-compatible base URL. The SDKs' own retries are switched off — the Archon pipeline retries,
/// so every attempt is counted, rate-limited and logged once. The key read from the environment is handed to the
/// setup's <see cref="SecretRedactor"/>, and the output-token limit goes out under the entry's field
/// (<see cref="OutputLimitFieldPolicy"/>).
/// </summary>
internal static class ProviderClientFactory
{
    /// <summary>Placeholder credential for servers that take no key (Ollama, a local vLLM); the OpenAI SDK insists on one.</summary>
    private const string NoKey = "no-key";

    /// <summary>The transport's timeout sits past the pipeline's per-attempt timeout, so ours fires first and is retried.</summary>
    private static TimeSpan NetworkTimeout(ModelCatalogEntry entry) => entry.Timeout + TimeSpan.FromSeconds(10);

    public static IChatClient Create(ModelCatalogEntry entry, ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(context);
        return entry.Kind switch
        {
            ModelKinds.AzureOpenAI => CreateAzure(entry, context),
            ModelKinds.OpenAI or ModelKinds.OpenAICompatible => CreateOpenAI(entry, context),
            _ => throw new ModelCatalogException($"Model \"{entry.Name}\": kind \"{entry.Kind}\" has no provider client."),
        };
    }

    /// <summary>What identifies an endpoint for <see cref="EndpointFallbacks"/>: its base URL and the model id sent.</summary>
    public static string EndpointKey(ModelCatalogEntry entry) =>
        $"{entry.Kind}|{entry.Endpoint?.AbsoluteUri ?? "api.openai.com"}|{entry.EffectiveDeployment}";

    private static IChatClient CreateAzure(ModelCatalogEntry entry, ProviderContext context)
    {
        var options = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = NetworkTimeout(entry) };
        AddPolicies(options, entry, context);
        var client = entry.Auth == ModelAuthModes.ApiKey
            ? new AzureOpenAIClient(entry.Endpoint, new ApiKeyCredential(ReadKey(entry, context)), options)
            : new AzureOpenAIClient(entry.Endpoint, new DefaultAzureCredential(), options);
        return client.GetChatClient(entry.EffectiveDeployment).AsIChatClient();
    }

    private static IChatClient CreateOpenAI(ModelCatalogEntry entry, ProviderContext context)
    {
        var options = new OpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = NetworkTimeout(entry) };
        if (entry.Endpoint is not null)
        {
            options.Endpoint = entry.Endpoint;
        }

        AddPolicies(options, entry, context);
        var key = entry.Auth == ModelAuthModes.ApiKey ? ReadKey(entry, context) : NoKey;
        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(entry.EffectiveDeployment).AsIChatClient();
    }

    private static void AddPolicies(ClientPipelineOptions options, ModelCatalogEntry entry, ProviderContext context) =>
        options.AddPolicy(
            new OutputLimitFieldPolicy(entry.Name, EndpointKey(entry), entry.OutputLimitField, context.Fallbacks, context.Logger),
            PipelinePosition.PerTry);

    private static string ReadKey(ModelCatalogEntry entry, ProviderContext context)
    {
        var name = entry.ApiKeyEnv ?? string.Empty;
        var key = context.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ModelCatalogException($"Model \"{entry.Name}\": the environment variable {name} (apiKeyEnv) is not set or empty.");
        }

        context.Redactor.Add(key);
        return key;
    }
}
