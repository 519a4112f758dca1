using Archon.Workflows.Telemetry;
using Archon.Workflows.Queries;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Archon.Core.Execution;
using Archon.Workflows.Architectures;
using Archon.Workflows.Storage;
using Archon.Service.Telemetry;
using Archon.Workflows.Settings;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Archon.Service.Queries;

/// <summary>Validates and runs single queries: in process (synchronous queries, chat completions) or as an orchestration (async queries).</summary>
internal sealed class QueryService
{
    private readonly ArchitectureStore _architectures;
    private readonly IArchitectureRunner _runner;
    private readonly BlobJson _blobs;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;

    public QueryService(ArchitectureStore architectures, IArchitectureRunner runner, BlobJson blobs, TimeProvider time, IOptions<ApiOptions> options)
    {
        _architectures = architectures;
        _runner = runner;
        _blobs = blobs;
        _time = time;
        _timeout = options.Value.QueryTimeout;
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

        return new QueryParseResult(new PreparedQuery(resolved.Resolved!, messages, options), null, [], false);
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
        activity?.SetTag("archon.architecture", query.Architecture.Config.Name);
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

        return QueryResponse.From(id, query.Architecture.Config.Name, result);
    }

    /// <summary>
    /// Starts the query as an <see cref="ArchitectureOrchestration"/> (one activity per model call) with instance id
    /// <paramref name="id"/>; its status is then readable. The deadline is the synchronous timeout from now.
    /// </summary>
    public async Task StartAsync(PreparedQuery query, string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var input = new ArchitectureRunInput(
            query.Architecture.Config, QueryMessage.From(query.Messages), query.Options.MaxCalls, query.Options.MaxCostUsd,
            (_time.GetUtcNow() + _timeout).UtcDateTime, SaveResult: true);
        await client.ScheduleNewOrchestrationInstanceAsync(ArchitectureOrchestration.Name, input, new StartOrchestrationOptions(id), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>An async query's status: from its orchestration, or from its result blob once the history is purged.</summary>
    public async Task<QueryStatus?> GetStatusAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            var stored = await _blobs.GetAsync<QueryResponse>(QueryPaths.Result(id), cancellationToken).ConfigureAwait(false);
            return stored is null ? null : Finished(id, stored);
        }

        return instance.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Completed => Finished(id, instance.ReadOutputAs<QueryResponse>()),
            OrchestrationRuntimeStatus.Failed => new QueryStatus(id, "failed", null, instance.FailureDetails?.ErrorMessage ?? "the query failed"),
            OrchestrationRuntimeStatus.Terminated => new QueryStatus(id, "failed", null, "the query was cancelled"),
            _ => new QueryStatus(id, "queued", null, null),
        };
    }

    // A query whose architecture failed ran to its end but has no answer to trust: its status is "failed", with the result.
    private static QueryStatus Finished(string id, QueryResponse? result) =>
        result?.StopReason == StopReason.Failed
            ? new QueryStatus(id, "failed", result, result.StopDetail ?? "the architecture's models failed")
            : new QueryStatus(id, "completed", result, null);

    public static bool IsValidId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
