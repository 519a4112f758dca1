using Archon.Search.Spaces;

namespace Archon.Search.Surrogates;

/// <summary>
/// The encoded dimensions of each axis, in the layout <see cref="PointEncoder"/> writes: one dimension for an ordered
/// or boolean axis, one per value for a categorical axis, none for an axis with one value (which is left out).
/// </summary>
public static class AxisGroups
{
    /// <summary>The dimension indices of every axis that has any, in axis order.</summary>
    public static IReadOnlyList<int[]> For(SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var groups = new List<int[]>();
        var offset = 0;
        foreach (var axis in space.Axes)
        {
            var width = axis.Count <= 1 ? 0 : axis.Kind == AxisKind.Categorical ? axis.Count : 1;
            if (width > 0)
            {
                groups.Add(Enumerable.Range(offset, width).ToArray());
            }

            offset += width;
        }

        return groups;
    }
}
