using System.Globalization;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>
/// Coordinate ascent: from a base point — a random feasible point drawn with the seed, unless
/// <see cref="StrategyOptions.BasePointKey"/> names one — tries every value of one axis at a time (others held),
/// moves to the best, and sweeps the axes until a full sweep brings no improvement; then restarts from a random
/// unevaluated point.
/// </summary>
internal sealed class GreedyStrategy : ISearchStrategy
{
    private readonly SpaceEnumeration _space;
    private readonly int _items;
    private readonly Random _random;
    private readonly PointSource _source;
    private readonly Dictionary<int, double> _scores = [];
    private readonly Queue<int> _queue = new();
    private int _current;
    private int _axis = -1;
    private bool _improvedThisSweep;
    private int _restarts;
    private bool _exhausted;

    public GreedyStrategy(SpaceEnumeration space, int searchItems, StrategyOptions options)
    {
        _space = space;
        _items = searchItems;
        _random = new Random(options.GeneratorSeed);
        _source = new PointSource(space);
        _current = options.BasePointKey is { } key
            ? space.Find(key)?.Index ?? throw new ArgumentException($"base point '{key}' is not a feasible point of the space", nameof(options))
            : _source.Draw(_random, new HashSet<int>()) ?? throw new ArgumentException("the space has no feasible point to start from", nameof(space));
        _queue.Enqueue(_current);
    }

    public string Name => "greedy";

    public TrialRequest? Next()
    {
        while (true)
        {
            while (_queue.Count > 0)
            {
                var p = _queue.Dequeue();
                if (!_scores.ContainsKey(p))
                {
                    return new TrialRequest(p, _items);
                }
            }

            if (_scores.Count >= _space.Feasible.Count || _exhausted)
            {
                return null;
            }

            AdvanceAxis();
        }
    }

    public void Report(TrialRequest request, double score)
    {
        ArgumentNullException.ThrowIfNull(request);
        _scores[request.PointIndex] = score;
    }

    public IReadOnlyDictionary<string, string> DescribeState() => new Dictionary<string, string>
    {
        ["current"] = _space.Feasible[_current].Key,
        ["axis"] = _axis < 0 ? "-" : _space.Space.Axes[_axis].Name,
        ["restarts"] = _restarts.ToString(CultureInfo.InvariantCulture),
    };

    private void AdvanceAxis()
    {
        if (_axis >= 0)
        {
            // Move to the best point seen on this axis line.
            var best = Line(_axis).Where(_scores.ContainsKey).DefaultIfEmpty(_current).MaxBy(i => (_scores.GetValueOrDefault(i, double.MinValue), -i));
            if (best != _current && _scores.GetValueOrDefault(best, double.MinValue) > _scores.GetValueOrDefault(_current, double.MinValue))
            {
                _current = best;
                _improvedThisSweep = true;
            }
        }

        _axis++;
        if (_axis >= _space.Space.Axes.Count)
        {
            _axis = 0;
            if (!_improvedThisSweep)
            {
                Restart();
                return;
            }

            _improvedThisSweep = false;
        }

        foreach (var p in Line(_axis))
        {
            _queue.Enqueue(p);
        }
    }

    private void Restart()
    {
        int next;
        if (_source.IsSampled)
        {
            if (_source.Draw(_random, _scores.Keys.ToHashSet()) is not { } drawn)
            {
                _exhausted = true;
                return;
            }

            next = drawn;
        }
        else
        {
            var open = _space.Feasible.Where(p => !_scores.ContainsKey(p.Index)).Select(p => p.Index).ToList();
            if (open.Count == 0)
            {
                return;
            }

            next = open[_random.Next(open.Count)];
        }

        _restarts++;
        _current = next;
        _axis = -1;
        _improvedThisSweep = false;
        _queue.Enqueue(_current);
    }

    private IEnumerable<int> Line(int axis)
    {
        var choice = _space.Feasible[_current].Point.Choice.ToArray();
        if (!SpaceEnumerator.Relevant(_space.Space, choice, axis))
        {
            yield break;
        }

        for (var v = 0; v < _space.Space.Axes[axis].Count; v++)
        {
            choice[axis] = v;
            if (_space.Find(choice) is { } p)
            {
                yield return p.Index;
            }
        }
    }
}
