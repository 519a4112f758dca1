using System.Globalization;
using System.Text.Json;
using Archon.Workflows.Architectures;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Reads and validates a benchmark request body: <c>architecture</c> (a saved name or an inline config), <c>dataset</c>,
/// the items (inline <c>items</c>, a <c>data</c> blob, or the generated synthetic family), <c>limit</c>, the
/// <c>judge</c> and baseline for judge-scored kinds, <c>parallel</c> (1–256, default 32) and <c>itemExecution</c>
/// (<c>in-process</c>, the default, or <c>orchestration</c>). Errors name the field and the rule.
/// </summary>
internal sealed class BenchmarkRequestParser(BlobJson blobs, ArchitectureStore architectures)
{
    private readonly BenchmarkRequestReader _items = new(blobs);
    private readonly BenchmarkJudgeReader _judges = new(blobs, architectures);

    public async Task<(BenchmarkRequest? Request, RequestError? Error)> ReadAsync(JsonElement body, CancellationToken cancellationToken)
    {
        if (!body.TryGetProperty("architecture", out var spec))
        {
            return (null, RequestError.Of("architecture", "required: the name of a saved architecture or an architecture object"));
        }

        var resolved = await architectures.ResolveAsync(spec, cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return (null, new RequestError("architecture", resolved.Errors, resolved.NotFound));
        }

        if (DatasetField.Read(body, out var dataset) is { } datasetError)
        {
            return (null, datasetError);
        }

        var (judge, baseline, judgeError) = await _judges.ReadAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (judgeError is not null)
        {
            return (null, judgeError);
        }

        if (ReadInt(body, "parallel", BenchmarkRunInput.DefaultParallel, 1, BenchmarkLimits.MaxParallel) is not { } parallel)
        {
            return (null, RequestError.Of("parallel", Invariant($"must be an integer from 1 to {BenchmarkLimits.MaxParallel}")));
        }

        var execution = body.TryGetProperty("itemExecution", out var e) ? (e.ValueKind == JsonValueKind.String ? e.GetString() : null) : "in-process";
        if (execution is not ("in-process" or "orchestration"))
        {
            return (null, RequestError.Of("itemExecution", "must be 'in-process' (each item one activity) or 'orchestration' (each model call one activity)"));
        }

        var (items, field, error) = await _items.ReadItemsAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (items is null)
        {
            return (null, RequestError.Of(field, error!));
        }

        if (body.TryGetProperty("limit", out var limit))
        {
            if (limit.ValueKind != JsonValueKind.Number || !limit.TryGetInt32(out var n) || n < 1)
            {
                return (null, RequestError.Of("limit", "must be a positive integer"));
            }

            items = [.. items.Take(n)];
        }

        if (items.Count > BenchmarkLimits.MaxItems)
        {
            return (null, RequestError.Of(field, Invariant($"at most {BenchmarkLimits.MaxItems} items per run (got {items.Count}); split the run or use \"limit\"")));
        }

        return (new BenchmarkRequest(dataset, resolved.Architecture!, items, judge?.Config, baseline, parallel, execution == "orchestration"), null);
    }

    /// <summary>An optional integer field in [min, max]; null when present but invalid.</summary>
    public static int? ReadInt(JsonElement body, string name, int fallback, int min, int max)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max ? n : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
