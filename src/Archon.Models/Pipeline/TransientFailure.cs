using System.ClientModel;
using System.Globalization;
using System.Net;

namespace Archon.Models.Pipeline;

/// <summary>Decides whether a failed call is worth retrying and how long the server asked us to wait.</summary>
internal static class TransientFailure
{
    public static bool IsTransient(Exception ex, out string reason, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        switch (ex)
        {
            case ClientResultException cre when cre.Status is 0 or 408 or 429 or >= 500:
                reason = cre.Status == 0 ? "connection failed" : string.Create(CultureInfo.InvariantCulture, $"HTTP {cre.Status}");
                retryAfter = ReadRetryAfter(cre);
                return true;
            case HttpRequestException hre when hre.StatusCode is null or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError:
                reason = hre.StatusCode is { } code ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)code}") : "connection failed";
                return true;
            case IOException:
                reason = "connection failed";
                return true;
            default:
                reason = ex.GetType().Name;
                return false;
        }
    }

    private static TimeSpan? ReadRetryAfter(ClientResultException ex)
    {
        var headers = ex.GetRawResponse()?.Headers;
        if (headers is null)
        {
            return null;
        }

        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (headers.TryGetValue(name, out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
            {
                return TimeSpan.FromMilliseconds(millis);
            }
        }

        if (headers.TryGetValue("Retry-After", out var value) && value is not null)
        {
            return ParseRetryAfter(value, DateTimeOffset.UtcNow);
        }

        return null;
    }

    /// <summary>Parses a Retry-After header: delay-seconds or an HTTP date.</summary>
    public static TimeSpan? ParseRetryAfter(string value, DateTimeOffset now)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var delay = date - now;
            return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        }

        return null;
    }
}
