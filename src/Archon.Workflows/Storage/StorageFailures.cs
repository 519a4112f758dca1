using System.Net.Sockets;
using Azure;

namespace Archon.Workflows.Storage;

/// <summary>
/// Tells an exception that means "storage cannot be reached or is failing" (so the request can be answered with 503 and
/// retried later) from any other, and says in a few words what happened.
/// </summary>
internal static class StorageFailures
{
    /// <summary>A short description of the storage failure in <paramref name="exception"/>, or null when it is not one.</summary>
    public static string? Describe(Exception? exception) => exception switch
    {
        null => null,
        StorageUnavailableException unavailable => unavailable.Message,
        RequestFailedException { Status: 0 } failed => FirstLine(failed.InnerException?.Message ?? failed.Message),
        RequestFailedException { Status: 408 or 429 or >= 500 } failed => $"HTTP {failed.Status} {failed.ErrorCode}".TrimEnd(),
        AggregateException aggregate => aggregate.InnerExceptions.Select(Describe).FirstOrDefault(d => d is not null),
        HttpRequestException or SocketException or TimeoutException => FirstLine(exception.Message),
        TaskCanceledException { InnerException: TimeoutException } => "the request timed out",
        _ => Describe(exception.InnerException),
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
