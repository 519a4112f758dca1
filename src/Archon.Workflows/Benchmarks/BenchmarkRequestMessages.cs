using System.Text.Json;
using Archon.Workflows.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// A message on the benchmark-request queue (<see cref="StorageNames.BenchmarkRequestQueue"/>): a benchmark request body
/// as <c>POST /api/benchmarks</c> takes it, with an optional <c>"id"</c>. The run id is that id or, without one, derived
/// from the message's text, so a duplicated message starts nothing. A request that does not validate is recorded as the
/// run's failure (<c>GET /api/benchmarks/{id}</c> shows it), not retried.
/// </summary>
internal sealed partial class BenchmarkRequestMessages(BenchmarkStarter starter, BlobJson blobs, TimeProvider time, ILogger<BenchmarkRequestMessages> logger)
{
    public async Task<BenchmarkStart> StartAsync(string message, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(message);
            body = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex.Message);
            return BenchmarkStart.Invalid(RequestError.Of("message", $"not JSON: {ex.Message}"));
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            LogUnreadable(logger, "not a JSON object");
            return BenchmarkStart.Invalid(RequestError.Of("message", "must be a JSON object (a benchmark request)"));
        }

        string id;
        if (body.TryGetProperty("id", out var given))
        {
            if (given.ValueKind != JsonValueKind.String || given.GetString() is not { Length: 32 } text || !WorkflowIds.IsValid(text))
            {
                LogUnreadable(logger, "its id is not 32 lowercase hex digits");
                return BenchmarkStart.Invalid(RequestError.Of("id", "must be 32 lowercase hex digits"));
            }

            id = text;
        }
        else
        {
            id = WorkflowIds.From(message);
        }

        var started = await starter.StartAsync(body, id, client, cancellationToken).ConfigureAwait(false);
        if (started.Error is { } error)
        {
            await blobs.CreateAsync(RunPaths.Failed(id), new RequestFailure(error.ToString(), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            LogRefused(logger, id, error.ToString());
            return started with { Id = id };
        }

        LogStarted(logger, id, started.AlreadyExisted);
        return started;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Benchmark request message dropped: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Benchmark request {Id} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Benchmark request {Id}: run started (already existed: {Existed})")]
    private static partial void LogStarted(ILogger logger, string id, bool existed);
}
