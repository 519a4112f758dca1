using Archon.Core.Text;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>Errors in OpenAI's shape: <c>{"error": {"message", "type", "param", "code"}}</c>.</summary>
internal static class OpenAiErrors
{
    public static IResult Invalid(string message, string? param, string? code = null) =>
        Error(StatusCodes.Status400BadRequest, message, "invalid_request_error", param, code);

    public static IResult ModelNotFound(string model) =>
        Error(StatusCodes.Status404NotFound, $"The model '{ClippedText.Clip(model)}' does not exist: it names no saved architecture.", "invalid_request_error", "model", "model_not_found");

    public static IResult Error(int status, string message, string type, string? param, string? code) =>
        Results.Json(new { error = new { message, type, param, code } }, ApiJson.Options, statusCode: status);
}
