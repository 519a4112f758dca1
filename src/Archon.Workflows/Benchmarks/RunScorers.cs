using System.Collections.Concurrent;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Core.Execution;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// The scorer of each item, as <c>archon bench</c> chooses it: a plain item by its last <c>Answer:</c> line; an item of a
/// dataset kind by that kind's scorer; a run with a judge by the judged scorer (with the run's baseline answers), built
/// once per run and kept.
/// </summary>
internal sealed class RunScorers(IArchitectureRunner runner, BlobJson blobs)
{
    private const int KeptJudgedRuns = 64;
    private readonly ConcurrentDictionary<string, IScorer> _byKind = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<IScorer>> _judged = new(StringComparer.Ordinal);

    public async Task<IScorer> ForAsync(BenchmarkItemRequest request, BenchmarkInputItem item, CancellationToken cancellationToken)
    {
        if (item.Item is null)
        {
            return AnswerLineScorer.Instance;
        }

        if (request.Judge is null)
        {
            return _byKind.GetOrAdd(item.Item.Kind, kind => Scorers.ForKind(kind));
        }

        if (_judged.Count > KeptJudgedRuns)
        {
            _judged.Clear();
        }

        return await _judged.GetOrAdd(request.RunId, _ => JudgedAsync(request, cancellationToken)).ConfigureAwait(false);
    }

    private async Task<IScorer> JudgedAsync(BenchmarkItemRequest request, CancellationToken cancellationToken)
    {
        var judge = request.Judge!;
        var baseline = judge.BaselinePath is null
            ? null
            : await blobs.GetAsync<Dictionary<string, string>>(judge.BaselinePath, cancellationToken).ConfigureAwait(false)
              ?? throw new InvalidOperationException($"run {request.RunId}: the baseline {judge.BaselinePath} is missing");
        return Scorers.ForKind(request.Dataset, new ScorerOptions
        {
            Judge = judge.Architecture,
            JudgeRunner = runner,
            BaselineAnswers = baseline,
            MixEvalUseJudge = request.Dataset == DatasetKinds.MixEval,
        });
    }
}
