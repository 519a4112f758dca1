using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Archon.Core.Execution;
using Archon.Workflows.Architectures;
using Archon.Service.Http;
using Archon.Workflows.Storage;
using Archon.Service.Telemetry;
using Microsoft.Extensions.AI;

namespace Archon.Service.Queries;

/// <summary>Validates and runs single queries, synchronously or through the query queue.</summary>
internal sealed class QueryService
{
    private readonly ArchitectureStore _architectures;
    private readonly IArchitectureRunner _runner;
    private readonly BlobJson _blobs;
    private readonly ArchonStorage _storage;
    private readonly TimeSpan _timeout;

    public QueryService(ArchitectureStore architectures, IArchitectureRunner runner, BlobJson blobs, ArchonStorage storage, ServiceOptions options)
    {
        _architectures = architectures;
        _runner = runner;
        _blobs = blobs;
        _storage = storage;
        _timeout = options.QueryTimeout;
    }

    public async Task<QueryParseResult> PrepareAsync(JsonElement body, CancellationToken cancellationToken)
    {
        if (!body.TryGetProperty("architecture", out var spec))
        {
            return QueryParseResult.Invalid("architecture", "required: the name of a saved architecture or an architecture object");
        }

        List<ChatMessage>? messages;
        if (body.TryGetProperty("messages", out var m))
        {
            (messages, var error) = ChatMessageParser.Parse(m, "messages");
            if (messages is null)
            {
                return QueryParseResult.Invalid("messages", error!);
            }
        }
        else if (body.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(q.GetString()))
        {
            messages = [new ChatMessage(ChatRole.User, q.GetString())];
        }
        else
        {
            return QueryParseResult.Invalid("messages", "required: \"messages\" (an array) or \"question\" (a non-empty string)");
        }

        var options = new QueryOptions { Deadline = _timeout };
        if (body.TryGetProperty("maxCalls", out var mc))
        {
            if (mc.ValueKind != JsonValueKind.Number || !mc.TryGetInt32(out var calls) || calls < 1)
            {
                return QueryParseResult.Invalid("maxCalls", "must be a positive integer");
            }

            options = options with { MaxCalls = calls };
        }

        if (body.TryGetProperty("maxCostUsd", out var cost))
        {
            if (cost.ValueKind != JsonValueKind.Number || !cost.TryGetDecimal(out var usd) || usd <= 0)
            {
                return QueryParseResult.Invalid("maxCostUsd", "must be a positive number");
            }

            options = options with { MaxCostUsd = usd };
        }

        var resolved = await _architectures.ResolveAsync(spec, cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return new QueryParseResult(null, "architecture", resolved.Errors, resolved.NotFound);
        }

        return new QueryParseResult(new PreparedQuery(resolved.Architecture!, messages, options), null, [], false);
    }

    public Task<QueryResponse> RunAsync(PreparedQuery query, string id, CancellationToken cancellationToken) =>
        RunAsync(query, id, deltas: null, cancellationToken);

    /// <summary>
    /// Runs the query; with <paramref name="deltas"/>, the final layer's text deltas are written there as they arrive
    /// (when its last layer can stream) and the writer is completed when the run ends, however it ends.
    /// </summary>
    public async Task<QueryResponse> RunAsync(PreparedQuery query, string id, ChannelWriter<string>? deltas, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(query, id, deltas, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            deltas?.TryComplete();
        }
    }

    private async Task<QueryResponse> RunCoreAsync(PreparedQuery query, string id, ChannelWriter<string>? deltas, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.Source.StartActivity("query");
        activity?.SetTag("archon.architecture", query.Architecture.Name);
        activity?.SetTag("archon.query.id", id);
        var options = deltas is null ? query.Options : query.Options with { FinalLayerDeltas = deltas };
        var result = await _runner.RunAsync(query.Architecture, query.Messages, options, cancellationToken).ConfigureAwait(false);
        var totals = result.Trace.Totals;
        ServiceTelemetry.ModelCalls.Add(totals.Calls);
        ServiceTelemetry.Tokens.Add(totals.InputTokens + totals.OutputTokens);
        ServiceTelemetry.CostUsd.Add((double)totals.CostUsd);
        ServiceTelemetry.CacheHits.Add(totals.CacheHits);
        if (result.StopReason != StopReason.Completed)
        {
            activity?.SetTag("archon.stop_reason", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(result.StopReason.ToString()));
        }

        return new QueryResponse(
            id, query.Architecture.Name, result.Answer, result.StopReason, result.StopDetail, result.Simulated,
            QueryUsage.From(totals), QueryTraceSummary.From(result.Trace))
        {
            AnswerStreamed = result.AnswerStreamed,
        };
    }

    /// <summary>Stores the request and queues it; the id's status is then readable.</summary>
    public async Task<string> EnqueueAsync(JsonElement body, CancellationToken cancellationToken)
    {
        var id = NewId();
        await _blobs.WriteAsync(RequestPath(id), body, cancellationToken).ConfigureAwait(false);
        await _storage.Queue(StorageNames.QueryQueue)
            .SendMessageAsync(JsonSerializer.Serialize(new QueryWorkMessage(id), ServiceJson.Options), cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<QueryStatus?> GetStatusAsync(string id, CancellationToken cancellationToken)
    {
        var result = await _blobs.GetAsync<QueryStatus>(ResultPath(id), cancellationToken).ConfigureAwait(false);
        if (result is not null)
        {
            return result;
        }

        return await _blobs.ExistsAsync(RequestPath(id), cancellationToken).ConfigureAwait(false)
            ? new QueryStatus(id, "queued", null, null)
            : null;
    }

    /// <summary>Runs a queued query once: a redelivered message finds the result and does nothing.</summary>
    public async Task ProcessQueuedAsync(string id, CancellationToken cancellationToken)
    {
        if (await _blobs.ExistsAsync(ResultPath(id), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var body = await _blobs.GetAsync<JsonDocument>(RequestPath(id), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"query {id}: request blob {RequestPath(id)} is missing");
        var prepared = await PrepareAsync(body.RootElement, cancellationToken).ConfigureAwait(false);
        var status = prepared.Query is null
            ? new QueryStatus(id, "failed", null, $"{prepared.Field}: {string.Join("; ", prepared.Errors)}")
            : new QueryStatus(id, "completed", await RunAsync(prepared.Query, id, cancellationToken).ConfigureAwait(false), null);
        await _blobs.CreateAsync(ResultPath(id), status, cancellationToken).ConfigureAwait(false);
    }

    public Task MarkFailedAsync(string id, string reason, CancellationToken cancellationToken) =>
        _blobs.CreateAsync(ResultPath(id), new QueryStatus(id, "failed", null, reason), cancellationToken);

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static bool IsValidId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    private static string RequestPath(string id) => $"{StorageNames.QueriesPrefix}{id}/request.json";

    private static string ResultPath(string id) => $"{StorageNames.QueriesPrefix}{id}/result.json";
}
