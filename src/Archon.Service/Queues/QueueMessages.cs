using System.Text.Json;

namespace Archon.Service.Queues;

/// <summary>Parsing of queue message bodies (JSON records) with a validity check.</summary>
internal static class QueueMessages
{
    public static T Parse<T>(string message, Func<T, bool> isValid)
        where T : class =>
        TryParse(message, isValid) ?? throw new FormatException($"not a valid {typeof(T).Name} message: {Truncate(message)}");

    public static T? TryParse<T>(string message, Func<T, bool> isValid)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(message, ServiceJson.Options);
            return value is not null && isValid(value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
