namespace Archon.Models.Tests.TestDoubles;

/// <summary>One scripted reaction of <see cref="OpenAIProtocolTestServer"/>: wait, then answer with a status and headers.</summary>
internal sealed record ServerStep(int Status, IReadOnlyList<(string Name, string Value)> Headers, TimeSpan Delay = default)
{
    /// <summary>The body of an error answer; a generic OpenAI-shaped error when null.</summary>
    public string? Body { get; init; }

    /// <summary>An OpenAI-shaped error with <paramref name="message"/>.</summary>
    public static ServerStep Error(int status, string message) =>
        new(status, []) { Body = System.Text.Json.JsonSerializer.Serialize(new { error = new { message, type = "invalid_request_error", code = (string?)null } }) };

    public static ServerStep TooManyRequests(string retryAfterSeconds) => new(429, [("Retry-After", retryAfterSeconds)]);

    public static ServerStep Unavailable(int retryAfterMs) => new(503, [("retry-after-ms", retryAfterMs.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    public static ServerStep Slow(TimeSpan delay) => new(200, [], delay);
}
