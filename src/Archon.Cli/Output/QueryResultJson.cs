using System.Text.Encodings.Web;
using System.Text.Json;
using Archon.Core.Execution;
using Archon.Core.Tracing;

namespace Archon.Cli.Output;

/// <summary>
/// Writes a query result as the one JSON object <c>archon run --json</c> prints: <c>answer</c>, <c>simulated</c>,
/// <c>stopReason</c>, <c>stopDetail</c>, <c>failures</c>, <c>elapsedMs</c>, <c>criticalPathMs</c>,
/// <c>uncachedCriticalPathMs</c>, <c>usage</c> {calls, inputTokens, outputTokens, costUsd, cacheHits, savedUsd},
/// <c>trace</c> (one element per model call), <c>layers</c>, <c>warnings</c> and <c>unitTests</c>, and with
/// <c>--compare</c> <c>compared</c> (see <see cref="SideBySide.WriteJson"/>). Each call names its component, model and
/// sample and, as its component read the reply, what it contributed (see <see cref="CallOutcomeJson"/>).
/// </summary>
internal static class QueryResultJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(QueryResult result, IReadOnlyList<(string Architecture, QueryResult Result)>? compared = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Write(json, result, compared ?? []);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, QueryResult result, IReadOnlyList<(string Architecture, QueryResult Result)> compared)
    {
        var trace = result.Trace;
        json.WriteStartObject();
        json.WriteString("answer", result.Answer);
        json.WriteBoolean("simulated", result.Simulated);
        json.WriteString("stopReason", JsonNamingPolicy.CamelCase.ConvertName(result.StopReason.ToString()));
        json.WriteString("stopDetail", result.StopDetail);
        WriteArray(json, "failures", result.Failures, failure =>
        {
            WritePlace(json, failure.Layer, failure.Component, failure.ComponentIndex);
            json.WriteString("model", failure.Model);
            json.WriteString("message", failure.Message);
        });
        json.WriteNumber("elapsedMs", Ms(trace.Elapsed));
        json.WriteNumber("criticalPathMs", Ms(trace.CriticalPath));
        json.WriteNumber("uncachedCriticalPathMs", Ms(trace.UncachedCriticalPath));
        json.WriteStartObject("usage");
        json.WriteNumber("calls", trace.Totals.Calls);
        json.WriteNumber("inputTokens", trace.Totals.InputTokens);
        json.WriteNumber("outputTokens", trace.Totals.OutputTokens);
        json.WriteNumber("costUsd", trace.Totals.CostUsd);
        json.WriteNumber("cacheHits", trace.Totals.CacheHits);
        json.WriteNumber("savedUsd", trace.Totals.SavedUsd);
        json.WriteEndObject();
        WriteArray(json, "trace", trace.Calls, call => WriteCall(json, call));
        WriteArray(json, "layers", trace.Layers, layer =>
        {
            json.WriteNumber("layer", layer.Layer);
            json.WriteString("type", layer.Type);
            json.WriteNumber("components", layer.Components);
            json.WriteNumber("calls", layer.Totals.Calls);
            json.WriteNumber("startMs", Ms(layer.StartOffset));
            json.WriteNumber("elapsedMs", Ms(layer.Elapsed));
            json.WriteNumber("criticalPathMs", Ms(layer.CriticalPath));
            json.WriteBoolean("completed", layer.Completed);
        });
        WriteArray(json, "warnings", trace.Warnings, warning =>
        {
            WritePlace(json, warning.Layer, warning.Component, warning.ComponentIndex);
            json.WriteString("message", warning.Message);
        });
        WriteStrings(json, "unitTests", result.UnitTests);
        if (compared.Count > 0)
        {
            SideBySide.WriteJson(json, compared);
        }

        json.WriteEndObject();
    }

    // The body of one call's object (WriteArray opens and closes it).
    private static void WriteCall(Utf8JsonWriter json, CallRecord call)
    {
        WritePlace(json, call.Layer, call.Component, call.ComponentIndex);
        json.WriteString("model", call.Model);
        json.WriteNumber("sample", call.Sample);
        json.WriteNumber("attempt", call.Attempt);
        json.WriteNumber("startMs", Ms(call.StartOffset));
        json.WriteNumber("latencyMs", Ms(call.Latency));
        json.WriteNumber("uncachedLatencyMs", Ms(call.UncachedLatency));
        json.WriteNumber("inputTokens", call.InputTokens);
        json.WriteNumber("outputTokens", call.OutputTokens);
        json.WriteNumber("costUsd", call.CostUsd);
        json.WriteBoolean("cacheHit", call.CacheHit);
        json.WriteNumber("retries", call.Retries);
        json.WriteBoolean("simulated", call.Simulated);
        json.WriteString("structuredOutput", call.StructuredOutput);
        json.WriteString("error", call.Error);
        if (call.Outcome is { } outcome)
        {
            CallOutcomeJson.Write(json, outcome);
        }

        if (call.Warnings.Count > 0)
        {
            WriteStrings(json, "warnings", call.Warnings);
        }
    }

    /// <summary>An array of objects, each opened and closed here around what <paramref name="writeBody"/> writes.</summary>
    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeBody)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeBody(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Where in the architecture a call, warning or failure happened.</summary>
    private static void WritePlace(Utf8JsonWriter json, int layer, string component, int componentIndex)
    {
        json.WriteNumber("layer", layer);
        json.WriteString("component", component);
        json.WriteNumber("componentIndex", componentIndex);
    }

    private static double Ms(TimeSpan time) => Math.Round(time.TotalMilliseconds, 3);
}
