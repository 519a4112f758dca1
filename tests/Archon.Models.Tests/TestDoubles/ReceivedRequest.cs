namespace Archon.Models.Tests.TestDoubles;

/// <summary>A request the test server received.</summary>
internal sealed record ReceivedRequest(string Body, string Authorization, DateTimeOffset At)
{
    /// <summary>Path and query string.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The Azure-style <c>api-key</c> header, if sent.</summary>
    public string ApiKeyHeader { get; init; } = string.Empty;

    /// <summary>The parsed body.</summary>
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;

    /// <summary>The text of every message, joined, as the model would read it.</summary>
    public string Prompt => string.Join("\n", Json.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").ValueKind == System.Text.Json.JsonValueKind.String
        ? m.GetProperty("content").GetString()
        : string.Concat(m.GetProperty("content").EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : null))));

    /// <summary>The <c>response_format.type</c> sent, or null.</summary>
    public string? ResponseFormatType => Json.TryGetProperty("response_format", out var f) && f.TryGetProperty("type", out var t) ? t.GetString() : null;

    /// <summary>True when the body has the top-level field <paramref name="name"/>.</summary>
    public bool Has(string name) => Json.TryGetProperty(name, out _);
}
