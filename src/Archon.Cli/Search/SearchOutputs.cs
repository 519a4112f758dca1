using System.Globalization;
using System.Text.Json;
using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Reporting;

namespace Archon.Cli.Search;

/// <summary>Writes a finished search's files: best.json (an `archon run` config), pareto.json, report.md and PNG plots.</summary>
internal static class SearchOutputs
{
    public static async Task<string> WriteAsync(SearchSession session, SearchState state, string outDir, bool heldOut, CancellationToken ct)
    {
        Directory.CreateDirectory(outDir);
        var best = ParetoFront.Best(state.Trials);
        string? heldOutLine = null;
        if (best is not null)
        {
            var point = session.Space.Feasible[best.PointIndex];
            await File.WriteAllTextAsync(Path.Combine(outDir, "best.json"), ArchitectureJsonWriter.ToJson(point.Architecture), ct).ConfigureAwait(false);
            if (heldOut && session.HeldOutItems.Count > 0)
            {
                var evaluator = session.NewHeldOutEvaluator();
                var m = await evaluator.EvaluateItemsAsync(point, session.HeldOutItems, TrialBudget.Unlimited, ct).ConfigureAwait(false);
                heldOutLine = string.Create(CultureInfo.InvariantCulture, $"{m.Score:0.##} ± {m.CiHalfWidth:0.##} on {m.Items} held-out items ({m.CallsMade:N0} calls)");
            }
        }

        var front = ParetoFront.Of(state.Trials);
        await File.WriteAllTextAsync(Path.Combine(outDir, "pareto.json"), JsonSerializer.Serialize(front, SearchStateStore.JsonOptions), ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(outDir, "report.md"), SearchReport.Render(state, heldOutLine, session.Notice), ct).ConfigureAwait(false);
        SearchPlots.BestSoFar(state, Path.Combine(outDir, "best-so-far.png"));
        SearchPlots.Pareto(state, Path.Combine(outDir, "pareto.png"));
        return heldOutLine ?? "not measured";
    }
}
