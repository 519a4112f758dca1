using System.Text.Json;
using Archon.Benchmarks.Datasets;
using Archon.Workflows.Architectures;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Reads the judge part of a <c>POST /api/benchmarks</c> request: <c>judge</c> (a saved architecture's name or an
/// inline one) for mt-bench, arena-hard and alpaca-eval (optional for mixeval, which then grades free-form answers with
/// it), and the baseline answers pairwise kinds compare against — <c>baseline</c> (an object of item id → answer) or
/// <c>baselineRun</c> (a completed run whose answers are the baseline). Arena-hard needs one of them; alpaca-eval falls
/// back to the file's <c>output</c> answers.
/// </summary>
internal sealed class BenchmarkJudgeReader(BlobJson blobs, ArchitectureStore architectures)
{
    /// <summary>The judge and baseline, or the request field at fault and its errors. Both null: the kind needs no judge.</summary>
    public async Task<(RunJudge? Judge, Dictionary<string, string>? Baseline, string? Field, IReadOnlyList<string> Errors)> ReadAsync(
        JsonElement body, string dataset, CancellationToken cancellationToken)
    {
        var hasJudge = body.TryGetProperty("judge", out var spec) && spec.ValueKind != JsonValueKind.Null;
        if (!hasJudge)
        {
            return DatasetKinds.NeedsJudge(dataset)
                ? (null, null, "judge", [$"required: '{dataset}' is scored by an LLM judge; give the name of a saved architecture or an architecture object"])
                : (null, null, null, []);
        }

        if (!DatasetKinds.NeedsJudge(dataset) && dataset != DatasetKinds.MixEval)
        {
            return (null, null, "judge", [$"'{dataset}' is scored without a judge; remove \"judge\" (judges apply to {DatasetKinds.MtBench}, {DatasetKinds.ArenaHard}, {DatasetKinds.AlpacaEval} and {DatasetKinds.MixEval})"]);
        }

        var judge = await architectures.ResolveAsync(spec, cancellationToken).ConfigureAwait(false);
        if (!judge.Succeeded)
        {
            return (null, null, "judge", judge.Errors);
        }

        var (baseline, field, error) = await ReadBaselineAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, null, field, [error]);
        }

        return (new RunJudge(judge.Architecture!.Name, judge.Json, baseline is not null) { Config = judge.Architecture }, baseline, null, []);
    }

    private async Task<(Dictionary<string, string>? Baseline, string? Field, string? Error)> ReadBaselineAsync(
        JsonElement body, string dataset, CancellationToken cancellationToken)
    {
        if (body.TryGetProperty("baseline", out var inline) && inline.ValueKind != JsonValueKind.Null)
        {
            if (inline.ValueKind != JsonValueKind.Object)
            {
                return (null, "baseline", "must be an object mapping item ids to the baseline's answers");
            }

            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in inline.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String)
                {
                    return (null, "baseline", $"'{p.Name}': must be a string (the baseline's answer)");
                }

                answers[p.Name] = p.Value.GetString()!;
            }

            return (answers, null, null);
        }

        if (body.TryGetProperty("baselineRun", out var run) && run.ValueKind != JsonValueKind.Null)
        {
            return run.ValueKind == JsonValueKind.String && run.GetString() is { Length: > 0 } id && !id.Contains('/', StringComparison.Ordinal)
                ? await ReadRunAnswersAsync(id, cancellationToken).ConfigureAwait(false)
                : (null, "baselineRun", "must be the id of a completed benchmark run");
        }

        return dataset == DatasetKinds.ArenaHard
            ? (null, "baseline", "required for arena-hard: \"baseline\" (item id → answer) or \"baselineRun\" (a completed run's id)")
            : (null, null, null);
    }

    private async Task<(Dictionary<string, string>? Baseline, string? Field, string? Error)> ReadRunAnswersAsync(string runId, CancellationToken cancellationToken)
    {
        if (!await blobs.ExistsAsync(RunPaths.Summary(runId), cancellationToken).ConfigureAwait(false))
        {
            return (null, "baselineRun", $"no completed run '{runId}'");
        }

        var names = await blobs.ListAsync(RunPaths.ItemsPrefix(runId), cancellationToken).ConfigureAwait(false);
        var results = await RunResults.ReadAsync(blobs, names, cancellationToken).ConfigureAwait(false);
        return (results.Where(r => r.Error is null && r.Answer is not null).ToDictionary(r => r.ItemId, r => r.Answer!, StringComparer.Ordinal), null, null);
    }
}
