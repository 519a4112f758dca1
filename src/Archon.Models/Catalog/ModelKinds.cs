namespace Archon.Models.Catalog;

/// <summary>The kinds of catalog entry, as written in the catalog's <c>kind</c> field.</summary>
public static class ModelKinds
{
    /// <summary>An Azure OpenAI deployment (Entra ID or API key).</summary>
    public const string AzureOpenAI = "azure-openai";

    /// <summary>The OpenAI API.</summary>
    public const string OpenAI = "openai";

    /// <summary>Any server speaking the OpenAI chat-completions protocol at a base URL (vLLM, Ollama, Together, Groq, …).</summary>
    public const string OpenAICompatible = "openai-compatible";

    /// <summary>A simulated model (offline, deterministic).</summary>
    public const string Sim = "sim";

    /// <summary>Every valid kind.</summary>
    public static IReadOnlyList<string> All { get; } = [AzureOpenAI, OpenAI, OpenAICompatible, Sim];
}
