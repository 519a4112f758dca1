using System.Text;
using Archon.Core.Models;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Execution;

/// <summary>
/// The <see cref="IModelInvoker"/> of one query: resolves the model, reserves a call in the query's budget, builds
/// the <see cref="ChatOptions"/>, calls the client, and records a <see cref="CallRecord"/> for every call made,
/// failed calls included. Thread-safe: all components of a layer share it. With a <see cref="FinalAnswerStream"/>,
/// the call that claims it is made with <c>GetStreamingResponseAsync</c>: its deltas go to the stream as they arrive
/// and the combined updates are recorded like any other response.
/// </summary>
internal sealed class ModelInvoker : IModelInvoker
{
    private readonly IReadOnlyDictionary<string, ResolvedModel> _models;
    private readonly IModelResolver _resolver;
    private readonly QueryBudget _budget;
    private readonly TraceCollector _trace;
    private readonly TimeProvider _time;
    private readonly long _queryStart;
    private readonly CancellationToken _deadline;
    private readonly CancellationToken _caller;
    private readonly ILogger _logger;
    private readonly FinalAnswerStream? _stream;

    public ModelInvoker(
        IReadOnlyDictionary<string, ResolvedModel> models,
        IModelResolver resolver,
        QueryBudget budget,
        TraceCollector trace,
        TimeProvider time,
        long queryStart,
        CancellationToken deadline,
        CancellationToken caller,
        ILogger logger,
        FinalAnswerStream? stream = null)
    {
        _stream = stream;
        _caller = caller;
        _models = models;
        _resolver = resolver;
        _budget = budget;
        _trace = trace;
        _time = time;
        _queryStart = queryStart;
        _deadline = deadline;
        _logger = logger;
    }

    public async Task<ModelCallResult> CallAsync(ModelCallRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = Resolve(request.Model);
        _budget.ReserveCall();

        var options = new ChatOptions
        {
            Temperature = (float)request.Temperature,
            MaxOutputTokens = request.MaxTokens,
            ResponseFormat = request.ResponseFormat,
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                [ArchonChatKeys.Sample] = request.Sample,
                [ArchonChatKeys.Attempt] = request.Attempt,
                [ArchonChatKeys.Role] = request.Component,
                [ArchonChatKeys.Layer] = request.Layer,
                [ArchonChatKeys.ComponentIndex] = request.ComponentIndex,
            },
        };

        using var linked = _deadline.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline)
            : null;
        var token = linked?.Token ?? cancellationToken;
        var stream = _stream is not null && _stream.TryClaim(request) ? _stream : null;
        var start = _time.GetTimestamp();
        ChatResponse response;
        string text;
        try
        {
            if (stream is null)
            {
                response = await model.Client.GetResponseAsync(request.Messages, options, token).ConfigureAwait(false);
                text = response.Text;
            }
            else
            {
                (response, text) = await StreamAsync(model.Client, request.Messages, options, stream, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_deadline.IsCancellationRequested && !_caller.IsCancellationRequested)
        {
            Record(request, model, start, response: null, "Cancelled: the query's deadline passed.");
            throw _budget.DeadlineExceeded();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Record(request, model, start, response: null, "Cancelled.");
            throw;
        }
        catch (Exception ex)
        {
            Record(request, model, start, response: null, ex.Message, billed: ex.Data[ArchonChatKeys.BilledUsage] as UsageDetails);
            ExecutionLog.CallFailed(_logger, model.Name, request.Layer, request.Component, request.ComponentIndex, request.Sample, ex.Message);
            throw;
        }

        var simulated = model.Simulated || ResponseProperties.GetBool(response.AdditionalProperties, ArchonChatKeys.Simulated);
        var callId = Record(request, model, start, response, error: null, simulated);
        stream?.Complete(text);
        return new ModelCallResult(text, simulated) { CallId = callId };
    }

    // The text is the deltas as written, so a streamed answer is exactly what the caller received.
    private static async Task<(ChatResponse Response, string Text)> StreamAsync(
        IChatClient client, IReadOnlyList<ChatMessage> messages, ChatOptions options, FinalAnswerStream stream, CancellationToken cancellationToken)
    {
        var updates = new List<ChatResponseUpdate>();
        var text = new StringBuilder();
        AdditionalPropertiesDictionary? flags = null;
        await foreach (var update in client.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            var delta = update.Text;
            text.Append(delta);
            stream.Write(delta);
            if (update.AdditionalProperties is { Count: > 0 } properties)
            {
                flags ??= [];
                foreach (var (key, value) in properties)
                {
                    flags[key] = value;
                }
            }
        }

        // ToChatResponse files an update's properties under its message or the response depending on its contents;
        // the pipeline's flags (cache hit, retries, simulated) may come on any update, so gather them on the response.
        var response = updates.ToChatResponse();
        if (flags is not null)
        {
            var target = response.AdditionalProperties ??= [];
            foreach (var (key, value) in flags)
            {
                target[key] = value;
            }
        }

        return (response, text.ToString());
    }

    private ResolvedModel Resolve(string name) =>
        _models.TryGetValue(name, out var model)
            ? model
            : _resolver.Resolve(name)
              ?? throw new InvalidOperationException($"Model '{name}' is not in the model catalog.");

    // A failed call records what the provider billed for its attempts (e.g. attempts that timed out), so cost is
    // never lower than what was spent.
    private int Record(
        ModelCallRequest request, ResolvedModel model, long start, ChatResponse? response, string? error, bool simulated = false, UsageDetails? billed = null)
    {
        var end = _time.GetTimestamp();
        var usage = response?.Usage ?? billed;
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        var properties = response?.AdditionalProperties;
        var cacheHit = ResponseProperties.GetBool(properties, ArchonChatKeys.CacheHit);
        var latency = _time.GetElapsedTime(start, end);
        var notice = ResponseProperties.GetString(properties, ArchonChatKeys.Notice);
        if (notice is not null)
        {
            _trace.AddWarning(new TraceWarning(request.Layer, request.Component, request.ComponentIndex, notice));
        }

        return _trace.AddCall(new CallRecord
        {
            Layer = request.Layer,
            Component = request.Component,
            ComponentIndex = request.ComponentIndex,
            Model = model.Name,
            Sample = request.Sample,
            Attempt = request.Attempt,
            StartOffset = _time.GetElapsedTime(_queryStart, start),
            Latency = latency,
            UncachedLatency = cacheHit && ResponseProperties.GetDouble(properties, ArchonChatKeys.UncachedLatencyMs) is { } ms
                ? TimeSpan.FromMilliseconds(ms)
                : latency,
            InputTokens = input,
            OutputTokens = output,
            // A cached answer costs nothing: no request reached the endpoint. Its list cost is what it costs in use.
            CostUsd = cacheHit ? 0m : model.Pricing.Cost(input, output),
            ListCostUsd = model.Pricing.Cost(input, output),
            CacheHit = cacheHit,
            Retries = ResponseProperties.GetInt(response?.AdditionalProperties, ArchonChatKeys.Retries),
            Simulated = simulated || model.Simulated,
            StructuredOutput = ResponseProperties.GetString(properties, ArchonChatKeys.StructuredOutput),
            Error = error,
            Warnings = notice is null ? [] : [notice],
        });
    }
}
