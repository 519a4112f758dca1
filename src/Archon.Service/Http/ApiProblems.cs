using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>RFC 7807 problem details for the <c>/api</c> routes (the <c>/api/v1</c> routes use <see cref="OpenAiErrors"/>).</summary>
internal static class ApiProblems
{
    public static IResult Invalid(string field, string rule) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [rule] },
            detail: $"{field}: {rule}",
            title: "The request is invalid.");

    public static IResult Invalid(string field, IReadOnlyList<string> rules) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [.. rules] },
            detail: $"{field}: {string.Join("; ", rules)}",
            title: "The request is invalid.");

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: what);

    public static IResult Conflict(string what) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict.", detail: what);

    /// <summary>A request's error: 404 when it names something that does not exist, else 400 naming the field.</summary>
    public static IResult Of(Archon.Workflows.Benchmarks.RequestError error) =>
        error.NotFound ? NotFound($"{error.Field}: {string.Join("; ", error.Errors)}") : Invalid(error.Field, error.Errors);
}
