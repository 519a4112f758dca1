using System.ClientModel;
using System.ClientModel.Primitives;
using Archon.Models.Catalog;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Archon.Models.Providers;

/// <summary>
/// Builds the innermost client of a real model: Azure OpenAI (Entra ID via DefaultAzureCredential, or a key),
/// OpenAI, or any OpenAI-compatible base URL. The SDKs' own retries are switched off — the Archon pipeline retries,
/// so every attempt is counted, rate-limited and logged once.
/// </summary>
internal static class ProviderClientFactory
{
    /// <summary>Placeholder credential for servers that take no key (Ollama, a local vLLM); the OpenAI SDK insists on one.</summary>
    private const string NoKey = "no-key";

    /// <summary>The transport's timeout sits past the pipeline's per-attempt timeout, so ours fires first and is retried.</summary>
    private static TimeSpan NetworkTimeout(ModelCatalogEntry entry) => entry.Timeout + TimeSpan.FromSeconds(10);

    public static IChatClient Create(ModelCatalogEntry entry, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind switch
        {
            ModelKinds.AzureOpenAI => CreateAzure(entry, getEnvironmentVariable),
            ModelKinds.OpenAI or ModelKinds.OpenAICompatible => CreateOpenAI(entry, getEnvironmentVariable),
            _ => throw new ModelCatalogException($"Model \"{entry.Name}\": kind \"{entry.Kind}\" has no provider client."),
        };
    }

    private static IChatClient CreateAzure(ModelCatalogEntry entry, Func<string, string?> env)
    {
        var options = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = NetworkTimeout(entry) };
        var client = entry.Auth == ModelAuthModes.ApiKey
            ? new AzureOpenAIClient(entry.Endpoint, new ApiKeyCredential(ReadKey(entry, env)), options)
            : new AzureOpenAIClient(entry.Endpoint, new DefaultAzureCredential(), options);
        return client.GetChatClient(entry.EffectiveDeployment).AsIChatClient();
    }

    private static IChatClient CreateOpenAI(ModelCatalogEntry entry, Func<string, string?> env)
    {
        var options = new OpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = NetworkTimeout(entry) };
        if (entry.Endpoint is not null)
        {
            options.Endpoint = entry.Endpoint;
        }

        var key = entry.Auth == ModelAuthModes.ApiKey ? ReadKey(entry, env) : NoKey;
        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(entry.EffectiveDeployment).AsIChatClient();
    }

    private static string ReadKey(ModelCatalogEntry entry, Func<string, string?> env)
    {
        var name = entry.ApiKeyEnv ?? string.Empty;
        var key = env(name);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ModelCatalogException($"Model \"{entry.Name}\": the environment variable {name} (apiKeyEnv) is not set or empty.");
        }

        return key;
    }
}
