using Archon.Core.Models;

namespace Archon.Models.Catalog;

/// <summary>One model of the catalog. See docs/models.md for the JSON form of every field.</summary>
public sealed record ModelCatalogEntry
{
    /// <summary>The name architectures use in their <c>model</c> field.</summary>
    public required string Name { get; init; }

    /// <summary>One of <see cref="ModelKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Azure OpenAI resource endpoint, or the base URL of an OpenAI-compatible server (optional for <c>openai</c>).</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Deployment (Azure) or model id sent to the server. Defaults to <see cref="Name"/>.</summary>
    public string? Deployment { get; init; }

    /// <summary>One of <see cref="ModelAuthModes"/>. Default: <c>entra</c> for Azure OpenAI without <c>apiKeyEnv</c>, else <c>apiKey</c> when <c>apiKeyEnv</c> is set, else <c>none</c>.</summary>
    public string Auth { get; init; } = ModelAuthModes.None;

    /// <summary>The NAME of the environment variable holding the API key (never the key itself).</summary>
    public string? ApiKeyEnv { get; init; }

    /// <summary>Price per million tokens.</summary>
    public ModelPricing Pricing { get; init; } = ModelPricing.Free;

    /// <summary>Maximum calls in flight to this model, or null for no limit.</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>Requests per minute, or null for no limit.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Tokens (prompt estimate plus max output) per minute, or null for no limit.</summary>
    public int? TokensPerMinute { get; init; }

    /// <summary>Timeout of one attempt. Default 120 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Transport retries after 429/5xx/timeouts. Default 4.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>
    /// First wait before a retry the server gave no Retry-After for (e.g. after an HTTP 500); doubles per retry, capped
    /// at 60 s. Default 1 s; the catalog's <c>retryBaseDelayMs</c> allows 1 ms to 60 s.
    /// </summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Other names that resolve to this entry.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Original-format <c>model_type</c> values (e.g. <c>Together_API</c>) this entry serves for names not otherwise in the catalog.</summary>
    public IReadOnlyList<string> ModelTypes { get; init; } = [];

    /// <summary>
    /// How structured replies are asked for (one of <see cref="StructuredOutputModes"/>). Default <c>json_schema</c>;
    /// when the endpoint refuses it with HTTP 400 the pipeline falls back to the prompt for the rest of the process.
    /// </summary>
    public string StructuredOutputs { get; init; } = StructuredOutputModes.JsonSchema;

    /// <summary>
    /// The request field for the output-token limit (one of <see cref="OutputLimitFields"/>). Default:
    /// <c>max_completion_tokens</c> for Azure OpenAI and OpenAI (what their clients send), <c>max_tokens</c> for
    /// OpenAI-compatible servers.
    /// </summary>
    public string OutputLimitField { get; init; } = OutputLimitFields.MaxCompletionTokens;

    /// <summary>Simulated models: probability of doing the right thing (0–1).</summary>
    public double Skill { get; init; } = 0.6;

    /// <summary>Simulated models: latency per call.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// Simulated models: probability that a structured (JSON) reply comes back malformed, to exercise the components'
    /// fallbacks. Default 0: simulated components reply well-formed unless a rate is asked for.
    /// </summary>
    public double MalformedJsonRate { get; init; }

    /// <summary>
    /// The entry whose concurrency and rate limits this one shares: itself, or for a name served through
    /// <see cref="ModelTypes"/> the catalog entry that serves it (one account, one quota).
    /// </summary>
    public string LimitGroup => string.IsNullOrEmpty(ServedBy) ? Name : ServedBy;

    /// <summary>Set on copies made for names served through <see cref="ModelTypes"/>: the serving entry's name.</summary>
    public string? ServedBy { get; init; }

    /// <summary>True for <c>sim</c> entries.</summary>
    public bool IsSimulated => string.Equals(Kind, ModelKinds.Sim, StringComparison.Ordinal);

    /// <summary>The deployment or model id to send.</summary>
    public string EffectiveDeployment => string.IsNullOrWhiteSpace(Deployment) ? Name : Deployment;
}
