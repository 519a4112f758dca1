using Archon.Search.Spaces;

namespace Archon.Search.Surrogates;

/// <summary>
/// Tree-structured Parzen estimator over the space's axes: observations split at the γ-quantile into good and bad;
/// each side gets a per-axis smoothed categorical density (ordered axes spread half a count to neighbouring values);
/// a point's score is Σ log(l(v)/g(v)) — larger is more promising.
/// </summary>
public sealed class ParzenEstimator
{
    private readonly double[][] _good;
    private readonly double[][] _bad;

    private ParzenEstimator(double[][] good, double[][] bad)
    {
        _good = good;
        _bad = bad;
    }

    /// <summary>Fits on observed points and scores (higher is better), splitting at quantile <paramref name="gamma"/>.</summary>
    public static ParzenEstimator Fit(SearchSpace space, IReadOnlyList<(SearchPoint Point, double Score)> observed, double gamma = 0.25)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(observed);
        var sorted = observed.OrderByDescending(o => o.Score).ToList();
        var nGood = Math.Max(1, (int)Math.Ceiling(gamma * sorted.Count));
        return new ParzenEstimator(
            Densities(space, sorted.Take(nGood).Select(o => o.Point)),
            Densities(space, sorted.Skip(nGood).Select(o => o.Point)));
    }

    /// <summary>log l(x) − log g(x).</summary>
    public double Score(SearchPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        double s = 0;
        for (var a = 0; a < _good.Length; a++)
        {
            s += Math.Log(_good[a][point.Choice[a]]) - Math.Log(_bad[a][point.Choice[a]]);
        }

        return s;
    }

    private static double[][] Densities(SearchSpace space, IEnumerable<SearchPoint> points)
    {
        var list = points.ToList();
        var d = new double[space.Axes.Count][];
        for (var a = 0; a < d.Length; a++)
        {
            var axis = space.Axes[a];
            var w = Enumerable.Repeat(1.0 / axis.Count, axis.Count).ToArray(); // prior: one count spread uniformly
            var ordered = axis.Kind is AxisKind.Integer or AxisKind.Real;
            foreach (var p in list)
            {
                var v = p.Choice[a];
                w[v] += 1;
                if (ordered)
                {
                    if (v > 0)
                    {
                        w[v - 1] += 0.5;
                    }

                    if (v < axis.Count - 1)
                    {
                        w[v + 1] += 0.5;
                    }
                }
            }

            var total = w.Sum();
            d[a] = w.Select(x => x / total).ToArray();
        }

        return d;
    }
}
