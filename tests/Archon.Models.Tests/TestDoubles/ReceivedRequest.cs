namespace Archon.Models.Tests.TestDoubles;

/// <summary>A request the test server received.</summary>
internal sealed record ReceivedRequest(string Body, string Authorization, DateTimeOffset At)
{
    /// <summary>Path and query string.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The Azure-style <c>api-key</c> header, if sent.</summary>
    public string ApiKeyHeader { get; init; } = string.Empty;
}
