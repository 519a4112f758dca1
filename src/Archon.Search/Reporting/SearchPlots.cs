using Archon.Search.Driver;
using ScottPlot;

namespace Archon.Search.Reporting;

/// <summary>PNG plots of a search, rendered offline with ScottPlot.</summary>
public static class SearchPlots
{
    /// <summary>Best-so-far full-evaluation score against full-evaluation equivalents spent.</summary>
    public static void BestSoFar(SearchState state, string path)
    {
        ArgumentNullException.ThrowIfNull(state);
        var xs = new List<double>();
        var ys = new List<double>();
        double spent = 0, best = double.NaN;
        foreach (var t in state.Trials)
        {
            spent += t.FullEquivalent;
            if (t.FullEquivalent >= 1 - 1e-9 && (double.IsNaN(best) || t.Score > best))
            {
                best = t.Score;
            }

            if (!double.IsNaN(best))
            {
                xs.Add(spent);
                ys.Add(best);
            }
        }

        var plot = new Plot();
        if (xs.Count > 0)
        {
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LegendText = state.Strategy;
        }

        plot.Title($"Best so far: {state.Space} ({state.Strategy}, seed {state.Seed}){SearchReport.SimulatedSuffix(state)}");
        plot.XLabel("full-evaluation equivalents");
        plot.YLabel("best search score");
        plot.SavePng(path, 900, 550);
    }

    /// <summary>Score against dollars per query for every fully evaluated architecture, the Pareto front highlighted.</summary>
    public static void Pareto(SearchState state, string path)
    {
        ArgumentNullException.ThrowIfNull(state);
        var full = ParetoFront.FullTrials(state.Trials);
        var front = ParetoFront.Of(state.Trials).OrderBy(t => t.UsdPerQuery).ToList();
        var plot = new Plot();
        if (full.Count > 0)
        {
            var all = plot.Add.ScatterPoints(full.Select(t => (double)t.UsdPerQuery).ToArray(), full.Select(t => t.Score).ToArray());
            all.LegendText = "evaluated";
            var f = plot.Add.Scatter(front.Select(t => (double)t.UsdPerQuery).ToArray(), front.Select(t => t.Score).ToArray());
            f.LegendText = "Pareto front (score, $, latency)";
            f.MarkerSize = 9;
            plot.ShowLegend();
        }

        plot.Title($"Score vs cost: {state.Space}{SearchReport.SimulatedSuffix(state)}");
        plot.XLabel("$ per query");
        plot.YLabel("search score");
        plot.SavePng(path, 900, 550);
    }
}
