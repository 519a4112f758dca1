using System.Globalization;
using System.Text.Json;
using Archon.Service.Queues;
using Archon.Service.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Archon.Service.Functions;

/// <summary>
/// The custom-handler side of the non-HTTP functions: <c>POST /{FunctionName}</c> with <c>{"Data", "Metadata"}</c>,
/// answered with <c>{"Outputs", "Logs", "ReturnValue"}</c>. A failed invocation answers 500 so the host retries the
/// message and, after <c>maxDequeueCount</c>, moves it to the poison queue (the run is marked failed first).
/// </summary>
internal static class FunctionEndpoints
{
    private static readonly JsonSerializerOptions PayloadOptions = new() { PropertyNameCaseInsensitive = true };

    public static void Map(IEndpointRouteBuilder app, QueueDispatcher dispatcher)
    {
        foreach (var handler in dispatcher.Handlers)
        {
            app.MapPost("/" + handler.FunctionName, (HttpRequest request, CancellationToken ct) => InvokeQueueAsync(request, dispatcher, handler, ct));
        }

        app.MapPost("/" + FunctionBindings.ScheduledSearchesFunction, InvokeTimerAsync);
    }

    private static async Task<IResult> InvokeQueueAsync(HttpRequest request, QueueDispatcher dispatcher, IQueueMessageHandler handler, CancellationToken ct)
    {
        var payload = await ReadAsync(request, ct).ConfigureAwait(false);
        if (payload?.Data is null || !payload.Data.TryGetValue(FunctionBindings.QueueMessage, out var data))
        {
            return Results.Json(
                new CustomHandlerResponse([], [$"payload must be {{\"Data\": {{\"{FunctionBindings.QueueMessage}\": …}}, \"Metadata\": {{…}}}}"], null),
                statusCode: StatusCodes.Status400BadRequest);
        }

        // The host passes the message text as a JSON string; a JSON message may also arrive as the object itself.
        var message = data.ValueKind == JsonValueKind.String ? data.GetString()! : data.GetRawText();
        var dequeueCount = DequeueCount(payload.Metadata);
        var result = await dispatcher.DispatchAsync(handler, message, dequeueCount, ct).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return Results.Json(new CustomHandlerResponse([], [$"{handler.FunctionName}: processed (delivery {dequeueCount})"], null));
        }

        var log = result.Poisoned
            ? $"{handler.FunctionName}: failed on delivery {dequeueCount}, its work is marked failed: {result.Error}"
            : $"{handler.FunctionName}: failed on delivery {dequeueCount}, will be retried: {result.Error}";
        return Results.Json(new CustomHandlerResponse([], [log], null), statusCode: StatusCodes.Status500InternalServerError);
    }

    private static async Task<IResult> InvokeTimerAsync(HttpRequest request, ScheduledSearchTrigger trigger, CancellationToken ct)
    {
        var payload = await ReadAsync(request, ct).ConfigureAwait(false);
        if (payload?.Data is null || !payload.Data.TryGetValue(FunctionBindings.Timer, out var timer))
        {
            return Results.Json(
                new CustomHandlerResponse([], [$"payload must be {{\"Data\": {{\"{FunctionBindings.Timer}\": …}}, \"Metadata\": {{…}}}}"], null),
                statusCode: StatusCodes.Status400BadRequest);
        }

        var pastDue = timer.ValueKind == JsonValueKind.Object && timer.TryGetProperty("IsPastDue", out var p) && p.ValueKind == JsonValueKind.True;
        var started = await trigger.FireAsync(ct).ConfigureAwait(false);
        return Results.Json(new CustomHandlerResponse([], [$"ScheduledSearches: started {started.Count} search(es){(pastDue ? " (past due)" : string.Empty)}"], null));
    }

    private static async Task<CustomHandlerRequest?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<CustomHandlerRequest>(request.Body, PayloadOptions, ct).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long DequeueCount(Dictionary<string, JsonElement>? metadata)
    {
        if (metadata is null || !metadata.TryGetValue("DequeueCount", out var v))
        {
            return 1;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => 1,
        };
    }
}
