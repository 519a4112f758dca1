using System.Globalization;
using Archon.Search.Driver;

namespace Archon.Cli.Search;

/// <summary>Prints one line per finished trial: a progress bar when a call budget is set, the best score so far, calls and reuse.</summary>
internal sealed class TrialProgress(long? budgetCalls, int feasible, TextWriter output) : IProgress<TrialRecord>
{
    private double _best = double.NaN;
    private long _calls;
    private long _withoutReuse;

    public void Report(TrialRecord value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _calls += value.CallsMade;
        _withoutReuse += value.CallsWithoutReuse;
        if (value.FullEquivalent >= 1 - 1e-9 && (double.IsNaN(_best) || value.Score > _best))
        {
            _best = value.Score;
        }

        var fraction = budgetCalls is { } b && b > 0 ? Math.Min(1, (double)_calls / b) : Math.Min(1, (double)value.Number / feasible);
        var filled = (int)Math.Round(fraction * 20);
        var bar = new string('#', filled) + new string('.', 20 - filled);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{bar}] trial {value.Number,4}  {value.Key}  items {value.Items,4}  score {value.Score,6:0.0}  best {_best,6:0.0}  calls {_calls:N0} (without reuse {_withoutReuse:N0})"));
    }
}
