namespace Archon.Search.Spaces;

/// <summary>
/// Encodes points as numeric vectors in [0, 1] for surrogate models: ordered axes by their value scaled to the
/// axis range (log scale for samples), booleans as 0/1, categorical axes one-hot. Axes with one value are dropped.
/// </summary>
public sealed class PointEncoder
{
    private readonly SearchSpace _space;
    private readonly int[] _offsets;

    public PointEncoder(SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        _space = space;
        _offsets = new int[space.Axes.Count];
        var d = 0;
        for (var i = 0; i < space.Axes.Count; i++)
        {
            _offsets[i] = d;
            d += Width(space.Axes[i]);
        }

        Dimensions = d;
    }

    public int Dimensions { get; }

    /// <summary>Encodes <paramref name="point"/>.</summary>
    public double[] Encode(SearchPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var x = new double[Dimensions];
        for (var i = 0; i < _space.Axes.Count; i++)
        {
            var axis = _space.Axes[i];
            var index = point.Choice[i];
            switch (Width(axis))
            {
                case 0:
                    break;
                case 1:
                    x[_offsets[i]] = Scaled(axis, index);
                    break;
                default:
                    x[_offsets[i] + index] = 1.0;
                    break;
            }
        }

        return x;
    }

    private static int Width(SpaceAxis axis) => axis.Count <= 1 ? 0 : axis.Kind == AxisKind.Categorical ? axis.Count : 1;

    private static double Scaled(SpaceAxis axis, int index)
    {
        double V(int i) => axis.Values[i] switch
        {
            int n => axis.LogScale ? Math.Log(n) : n,
            double r => r,
            bool b => b ? 1 : 0,
            _ => i,
        };

        double lo = V(0), hi = V(axis.Count - 1);
        return hi > lo ? (V(index) - lo) / (hi - lo) : 0;
    }
}
