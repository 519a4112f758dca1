using System.Text.Json;
using Archon.Core.Models;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// The <c>dataset</c> field of a benchmark or search request: a kind the benchmark library scores (<c>gsm8k</c>,
/// <c>mt-bench</c>, …) or any other name for plain items; <see cref="Inline"/> when it is absent or not a string. The
/// name is stored with the run, shown in its status, written into logs and quoted in errors, so it keeps the rule model
/// names keep (<see cref="ModelNameRule"/>: at most 256 characters, no control characters).
/// </summary>
internal static class DatasetField
{
    /// <summary>The name of a run whose request gives none.</summary>
    public const string Inline = "inline";

    /// <summary>Reads the request's dataset name; returns the error naming the field and the rule it breaks, or null.</summary>
    public static RequestError? Read(JsonElement body, out string dataset)
    {
        dataset = Inline;
        if (!body.TryGetProperty("dataset", out var d) || d.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var name = d.GetString()!;
        if (ModelNameRule.Problem(name) is { } problem)
        {
            return RequestError.Of("dataset", problem);
        }

        dataset = name;
        return null;
    }
}
