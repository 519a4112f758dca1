using System.Globalization;
using System.Text;
using Archon.Search.Driver;

namespace Archon.Search.Reporting;

/// <summary>The Markdown report of a search.</summary>
public static class SearchReport
{
    /// <summary>The title suffix that says a search ran on simulated models (empty otherwise).</summary>
    public static string SimulatedSuffix(SearchState state) =>
        state?.Simulated == true ? " (simulated models)" : string.Empty;

    /// <summary>Renders the report; <paramref name="heldOut"/> is the best architecture's held-out score line, if measured.</summary>
    public static string Render(SearchState state, string? heldOut = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"# Architecture search: {state.Space}{SimulatedSuffix(state)}");
        sb.AppendLine();
        if (notice is not null)
        {
            sb.AppendLine(c, $"> {notice}");
            sb.AppendLine();
        }

        sb.AppendLine(c, $"- Strategy: **{state.Strategy}**, seed {state.Seed}; stopped: {state.StopReason ?? "interrupted"}");
        sb.AppendLine(c, $"- Space: {state.FeasiblePoints} feasible architectures ({state.InfeasiblePoints} infeasible removed before search)");
        sb.AppendLine(c, $"- Trials: {state.Trials.Count} ({state.FullEquivalents:0.##} full-evaluation equivalents on {state.SearchItems} search items)");
        var saved = state.CallsWithoutReuse - state.CallsMade;
        var pct = state.CallsWithoutReuse > 0 ? 100.0 * saved / state.CallsWithoutReuse : 0;
        sb.AppendLine(c, $"- Model calls made: **{state.CallsMade:N0}**; without reuse of cached calls: {state.CallsWithoutReuse:N0} ({pct:0.#}% fewer with reuse)");
        if (state.Trials.Sum(t => t.JudgeCalls) is var judgeCalls and > 0)
        {
            sb.AppendLine(c, $"- Judge calls (included above): {judgeCalls:N0}");
        }

        var budgets = (state.BudgetCalls is { } bc ? string.Create(c, $"; call budget {bc:N0}") : string.Empty)
            + (state.BudgetUsd is { } bu ? string.Create(c, $"; dollar budget {bu}") : string.Empty);
        sb.AppendLine(c, $"- Dollars spent: {state.UsdSpent:0.####}{budgets}");
        sb.AppendLine();
        var best = ParetoFront.Best(state.Trials);
        sb.AppendLine("## Best architecture");
        sb.AppendLine();
        if (best is null)
        {
            sb.AppendLine("No architecture was evaluated on the full search split.");
        }
        else
        {
            sb.AppendLine(c, $"`{best.Key}`: search score {best.Score:0.##} ± {best.CiHalfWidth:0.##}, ${best.UsdPerQuery:0.######}/query, p95 latency {best.P95LatencyMs:0} ms, {best.CallsPerQuery:0.#} calls/query (trial {best.Number}).");
            if (heldOut is not null)
            {
                sb.AppendLine();
                sb.AppendLine(c, $"Held-out: {heldOut}");
            }
        }

        sb.AppendLine();
        sb.AppendLine("## Pareto front (score vs $ vs latency)");
        sb.AppendLine();
        sb.AppendLine("| architecture | score | $/query | p95 ms | calls/query |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var t in ParetoFront.Of(state.Trials))
        {
            sb.AppendLine(c, $"| `{t.Key}` | {t.Score:0.##} ± {t.CiHalfWidth:0.##} | {t.UsdPerQuery:0.######} | {t.P95LatencyMs:0} | {t.CallsPerQuery:0.#} |");
        }

        sb.AppendLine();
        sb.AppendLine("## Trials");
        sb.AppendLine();
        sb.AppendLine("| # | architecture | items | score | calls made | calls without reuse |");
        sb.AppendLine("|---:|---|---:|---:|---:|---:|");
        foreach (var t in state.Trials)
        {
            sb.AppendLine(c, $"| {t.Number} | `{t.Key}` | {t.Items} | {t.Score:0.##} | {t.CallsMade:N0} | {t.CallsWithoutReuse:N0} |");
        }

        return sb.ToString();
    }
}
