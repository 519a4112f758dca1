using System.Text.Json;
using Archon.Benchmarks.Datasets;
using Archon.Core.Text;
using Archon.Workflows.Architectures;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Reads the judge part of a <c>POST /api/benchmarks</c> request: <c>judge</c> (a saved architecture's name or an
/// inline one) for mt-bench, mt-bench-pairwise, arena-hard and alpaca-eval (optional for mixeval, which then grades
/// free-form answers with it), and the baseline answers pairwise kinds compare against — <c>baseline</c> (an object of
/// item id → answer, with <c>&lt;id&gt;#&lt;turn&gt;</c> keys for each turn of a multi-turn item) or <c>baselineRun</c>
/// (a completed run whose answers are the baseline, every turn of them). Kinds whose files hold no baseline answers
/// (arena-hard, mt-bench-pairwise) need one of them; alpaca-eval falls back to the file's <c>output</c> answers.
/// </summary>
internal sealed class BenchmarkJudgeReader(BlobJson blobs, ArchitectureStore architectures)
{
    /// <summary>The judge and baseline, or the request's error (404 when it names an architecture or run that does not exist). Both null: the kind needs no judge.</summary>
    public async Task<(RunJudge? Judge, Dictionary<string, string>? Baseline, RequestError? Error)> ReadAsync(
        JsonElement body, string dataset, CancellationToken cancellationToken)
    {
        var hasJudge = body.TryGetProperty("judge", out var spec) && spec.ValueKind != JsonValueKind.Null;
        if (!hasJudge)
        {
            return DatasetKinds.NeedsJudge(dataset)
                ? Invalid(RequestError.Of("judge", $"required: '{ClippedText.Clip(dataset)}' is scored by an LLM judge; give the name of a saved architecture or an architecture object"))
                : (null, null, null);
        }

        if (!DatasetKinds.NeedsJudge(dataset) && dataset != DatasetKinds.MixEval)
        {
            return Invalid(RequestError.Of("judge", $"'{ClippedText.Clip(dataset)}' is scored without a judge; remove \"judge\" (judges apply to {DatasetKinds.MtBench}, {DatasetKinds.MtBenchPairwise}, {DatasetKinds.ArenaHard}, {DatasetKinds.AlpacaEval} and {DatasetKinds.MixEval})"));
        }

        var judge = await architectures.ResolveAsync(spec, cancellationToken).ConfigureAwait(false);
        if (!judge.Succeeded)
        {
            return Invalid(new RequestError("judge", judge.Errors, judge.NotFound));
        }

        var (baseline, error) = await ReadBaselineAsync(body, dataset, cancellationToken).ConfigureAwait(false);
        return error is not null
            ? Invalid(error)
            : (new RunJudge(judge.Architecture!.Name, judge.Json, baseline is not null) { Config = judge.Architecture }, baseline, null);
    }

    private async Task<(Dictionary<string, string>? Baseline, RequestError? Error)> ReadBaselineAsync(
        JsonElement body, string dataset, CancellationToken cancellationToken)
    {
        if (body.TryGetProperty("baseline", out var inline) && inline.ValueKind != JsonValueKind.Null)
        {
            if (inline.ValueKind != JsonValueKind.Object)
            {
                return (null, RequestError.Of("baseline", "must be an object mapping item ids (and '<id>#<turn>' for each turn) to the baseline's answers"));
            }

            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in inline.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String)
                {
                    return (null, RequestError.Of("baseline", $"'{ClippedText.Clip(p.Name)}': must be a string (the baseline's answer)"));
                }

                answers[p.Name] = p.Value.GetString()!;
            }

            return (answers, null);
        }

        if (body.TryGetProperty("baselineRun", out var run) && run.ValueKind != JsonValueKind.Null)
        {
            return run.ValueKind == JsonValueKind.String && run.GetString() is { } id && WorkflowIds.IsValid(id)
                ? await ReadRunAnswersAsync(id, cancellationToken).ConfigureAwait(false)
                : (null, RequestError.Of("baselineRun", "must be the id of a completed benchmark run"));
        }

        return DatasetKinds.NeedsBaselineAnswers(dataset)
            ? (null, RequestError.Of("baseline", $"required for {dataset}: \"baseline\" (item id → answer) or \"baselineRun\" (a completed run's id)"))
            : (null, null);
    }

    // Every answer of the run: each item's last answer under its id, and each turn's under '<id>#<turn>' (pairwise
    // MT-Bench compares turn by turn).
    private async Task<(Dictionary<string, string>? Baseline, RequestError? Error)> ReadRunAnswersAsync(string runId, CancellationToken cancellationToken)
    {
        var names = await blobs.ListAsync(RunPaths.ItemsPrefix(runId), cancellationToken).ConfigureAwait(false);
        if (!await blobs.ExistsAsync(RunPaths.Summary(runId), cancellationToken).ConfigureAwait(false))
        {
            return names.Count == 0
                ? (null, RequestError.Of("baselineRun", $"no benchmark run '{ClippedText.Clip(runId)}'", notFound: true))
                : (null, RequestError.Of("baselineRun", $"run '{ClippedText.Clip(runId)}' has not completed yet: its answers are not all there"));
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in await RunResults.ReadAsync(blobs, names, cancellationToken).ConfigureAwait(false))
        {
            if (result.Error is not null || result.Answer is null)
            {
                continue;
            }

            answers[result.ItemId] = result.Answer;
            for (var turn = 0; turn < (result.TurnAnswers?.Count ?? 0); turn++)
            {
                answers[BaselineAnswers.TurnKey(result.ItemId, turn + 1)] = result.TurnAnswers![turn];
            }
        }

        return (answers, null);
    }

    private static (RunJudge?, Dictionary<string, string>?, RequestError?) Invalid(RequestError error) => (null, null, error);
}
