using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>
/// Where strategies find points. In a listed space every feasible point has an index and can be scored. In a sampled
/// space (too large to list) points are drawn at random by index, infeasible ones skipped, and a surrogate scores a
/// pool of <see cref="PoolSize"/> random unevaluated points plus every one-axis neighbour of the best points so far,
/// so no step costs more than a few thousand point builds whatever the space's size.
/// </summary>
internal sealed class PointSource
{
    /// <summary>Random points a surrogate scores per proposal in a sampled space.</summary>
    public const int PoolSize = 1_000;

    /// <summary>Best points so far whose neighbours join the pool in a sampled space.</summary>
    public const int Anchors = 5;

    // A draw gives up after this many misses in a row (infeasible or already taken) and reports the space exhausted.
    private const int MaxMisses = 100_000;

    private readonly SpaceEnumeration _space;

    public PointSource(SpaceEnumeration space)
    {
        _space = space;
    }

    public bool IsSampled => _space.IsSampled;

    /// <summary>Indices in the space: feasible points when listed, every distinct architecture when sampled.</summary>
    public int Count => _space.Feasible.Count;

    /// <summary>A random feasible point not in <paramref name="exclude"/>, or null when none is found.</summary>
    public int? Draw(Random random, IReadOnlySet<int> exclude)
    {
        for (var misses = 0; misses < MaxMisses && exclude.Count < Count; misses++)
        {
            var index = random.Next(Count);
            if (!exclude.Contains(index) && _space.TryGet(index) is not null)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>
    /// The unevaluated points a surrogate scores, in ascending index order: every feasible point not in
    /// <paramref name="exclude"/> when listed; when sampled, <see cref="PoolSize"/> random draws and the one-axis
    /// neighbours of <paramref name="anchors"/>.
    /// </summary>
    public List<int> Candidates(IReadOnlySet<int> exclude, IEnumerable<int> anchors, Random random)
    {
        if (!IsSampled)
        {
            return Enumerable.Range(0, Count).Where(i => !exclude.Contains(i)).ToList();
        }

        var pool = new HashSet<int>();
        foreach (var anchor in anchors)
        {
            pool.UnionWith(Neighbours(anchor).Where(n => !exclude.Contains(n)));
        }

        var taken = new HashSet<int>(exclude);
        for (var i = 0; i < PoolSize && Draw(random, taken) is { } drawn; i++)
        {
            pool.Add(drawn);
            taken.Add(drawn);
        }

        return pool.Order().ToList();
    }

    /// <summary>The feasible points that differ from <paramref name="index"/> on one relevant axis.</summary>
    public IEnumerable<int> Neighbours(int index)
    {
        var choice = _space.Feasible[index].Point.Choice.ToArray();
        for (var axis = 0; axis < choice.Length; axis++)
        {
            if (!_space.Space.IsRelevant(choice, axis))
            {
                continue;
            }

            var own = choice[axis];
            for (var v = 0; v < _space.Space.Axes[axis].Count; v++)
            {
                choice[axis] = v;
                if (v != own && _space.IndexOf(choice) is { } neighbour)
                {
                    yield return neighbour;
                }
            }

            choice[axis] = own;
        }
    }
}
