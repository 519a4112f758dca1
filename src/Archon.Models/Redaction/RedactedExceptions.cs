using System.ClientModel;

namespace Archon.Models.Redaction;

/// <summary>
/// Rebuilds an exception whose text holds a secret as one of the same kind (so retry decisions still see the HTTP
/// status and Retry-After headers) with the secret removed and no inner exception to leak it.
/// </summary>
internal static class RedactedExceptions
{
    /// <summary>The exception to throw instead of <paramref name="exception"/>: itself when it holds no secret.</summary>
    public static Exception Redact(Exception exception, SecretRedactor redactor)
    {
        if (exception is ClientResultException result && result.GetRawResponse() is { } response)
        {
            // The raw response keeps the upstream body, which may echo the key even when the message does not.
            var copy = new ClientResultException(redactor.Redact(result.Message), new RedactedPipelineResponse(response, redactor));
            CopyData(exception, copy);
            return copy;
        }

        if (!redactor.ContainsSecret(exception.ToString()))
        {
            return exception;
        }

        var message = redactor.Redact(exception.Message);
        Exception rebuilt = exception switch
        {
            ClientResultException => new ClientResultException(message),
            HttpRequestException http => new HttpRequestException(message, null, http.StatusCode),
            TimeoutException => new TimeoutException(message),
            IOException => new IOException(message),
            _ => new InvalidOperationException($"{exception.GetType().Name}: {message}"),
        };
        CopyData(exception, rebuilt);
        return rebuilt;
    }

    private static void CopyData(Exception from, Exception to)
    {
        foreach (System.Collections.DictionaryEntry entry in from.Data)
        {
            to.Data[entry.Key] = entry.Value;
        }
    }
}
