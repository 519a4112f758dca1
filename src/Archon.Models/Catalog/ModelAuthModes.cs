namespace Archon.Models.Catalog;

/// <summary>How a catalog entry authenticates (the <c>auth</c> field).</summary>
public static class ModelAuthModes
{
    /// <summary>Microsoft Entra ID through <c>DefaultAzureCredential</c> (managed identity, Azure CLI login, …). Azure OpenAI only.</summary>
    public const string Entra = "entra";

    /// <summary>An API key read at call time from the environment variable named by <c>apiKeyEnv</c>.</summary>
    public const string ApiKey = "apiKey";

    /// <summary>No authentication (local OpenAI-compatible servers such as Ollama).</summary>
    public const string None = "none";
}
