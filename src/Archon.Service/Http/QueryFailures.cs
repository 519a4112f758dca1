using System.Text.Json;
using System.Text.Json.Nodes;
using Archon.Core.Execution;
using Archon.Workflows.Queries;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// How a query that produced no answer is reported. A failed query (a component whose model calls all failed, see
/// <see cref="StopReason.Failed"/>) is a <c>502</c>: the upstream models failed. A query stopped by its deadline (or
/// another limit) before any layer gave an answer is a <c>503</c> on the chat route, which has no room for an empty
/// answer; <c>POST /api/query</c> keeps its <c>200</c> shape for such stops, as for every limit.
/// </summary>
internal static class QueryFailures
{
    /// <summary>The OpenAI-shaped error for a chat completion without an answer, or null when the query has one.</summary>
    public static IResult? ForChat(QueryResponse response, string model)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StopReason == StopReason.Failed)
        {
            return OpenAiErrors.Error(
                StatusCodes.Status502BadGateway, $"The architecture '{model}' produced no answer: {response.StopDetail}", "server_error", null, "upstream_error");
        }

        if (response.Answer.Length == 0 && response.StopReason != StopReason.Completed)
        {
            return OpenAiErrors.Error(
                StatusCodes.Status503ServiceUnavailable,
                $"The architecture '{model}' produced no answer before it stopped ({Name(response.StopReason)}: {response.StopDetail})",
                "server_error", null, "no_answer");
        }

        return null;
    }

    /// <summary>
    /// <c>POST /api/query</c>'s answer: <c>200</c> with the response, or for a failed query <c>502</c> problem details
    /// that carry the same fields (<c>answer</c>, <c>stopReason</c>, <c>failures</c>, <c>usage</c>, <c>trace</c>, …).
    /// </summary>
    public static IResult ForQuery(QueryResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StopReason != StopReason.Failed)
        {
            return ApiResults.Ok(response);
        }

        var body = JsonSerializer.SerializeToNode(response, ApiJson.Options)!.AsObject();
        body["type"] = "https://tools.ietf.org/html/rfc9110#section-15.6.3";
        body["title"] = "The architecture produced no answer: its models failed.";
        body["status"] = StatusCodes.Status502BadGateway;
        body["detail"] = response.StopDetail;
        return Results.Json(body, ApiJson.Options, "application/problem+json", StatusCodes.Status502BadGateway);
    }

    private static string Name(StopReason reason) => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());
}
