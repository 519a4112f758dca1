namespace Archon.Models.Catalog;

/// <summary>The request field that carries a call's output-token limit: the catalog's <c>outputLimitField</c>.</summary>
public static class OutputLimitFields
{
    /// <summary><c>max_tokens</c>: what most OpenAI-compatible servers (vLLM, TGI, llama.cpp, Ollama, Together, Groq) read.</summary>
    public const string MaxTokens = "max_tokens";

    /// <summary><c>max_completion_tokens</c>: what the OpenAI and Azure OpenAI clients send (required by reasoning models).</summary>
    public const string MaxCompletionTokens = "max_completion_tokens";

    /// <summary>Every valid value.</summary>
    public static IReadOnlyList<string> All { get; } = [MaxTokens, MaxCompletionTokens];

    /// <summary>The other field: what to try when an endpoint refuses <paramref name="field"/>.</summary>
    public static string Other(string field) => field == MaxTokens ? MaxCompletionTokens : MaxTokens;
}
