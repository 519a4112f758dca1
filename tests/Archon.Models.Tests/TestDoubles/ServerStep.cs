namespace Archon.Models.Tests.TestDoubles;

/// <summary>One scripted reaction of <see cref="OpenAIProtocolTestServer"/>: wait, then answer with a status and headers.</summary>
internal sealed record ServerStep(int Status, IReadOnlyList<(string Name, string Value)> Headers, TimeSpan Delay = default)
{
    public static ServerStep TooManyRequests(string retryAfterSeconds) => new(429, [("Retry-After", retryAfterSeconds)]);

    public static ServerStep Unavailable(int retryAfterMs) => new(503, [("retry-after-ms", retryAfterMs.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    public static ServerStep Slow(TimeSpan delay) => new(200, [], delay);
}
