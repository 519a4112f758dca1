namespace Archon.Search.Spaces;

/// <summary>
/// Numbers the distinct architectures of a space 0 … N−1 without listing them: an index is read as mixed-radix
/// digits over the groups of axes that vary together (generators, the fusion structure, each switch with the models
/// it brings in), so a point is decoded from its index, and its index computed from its choice, in constant time.
/// </summary>
internal sealed class PointIndexer
{
    private static readonly (int Flag, int[] Dependents)[] Switches =
    [
        (Axis.CriticRanker, [Axis.CriticModel, Axis.RankerModel]),
        (Axis.Verifier, [Axis.VerifierModel]),
        (Axis.UnitTests, [Axis.UnitTestModel, Axis.UnitTestCount]),
    ];

    private static readonly int[] Plain = [Axis.TopK, Axis.Samples, Axis.GeneratorTemperature, Axis.FuserModel, Axis.FuserTemperature];

    private readonly SearchSpace _space;
    private readonly long _fusion;
    private readonly long[] _structures;

    public PointIndexer(SearchSpace space)
    {
        _space = space;
        Count = (long)SpaceSize.Distinct(space);
        _fusion = (long)SpaceSize.FusionStructures(space);
        _structures = space.Axes[Axis.FusionLayers].Values.Select(l => (long)SpaceSize.StructuresWith(space, (int)l)).ToArray();
    }

    /// <summary>The number of distinct architectures.</summary>
    public long Count { get; }

    /// <summary>The canonical choice of the architecture numbered <paramref name="index"/>.</summary>
    public int[] Decode(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var choice = new int[_space.Axes.Count];
        for (var s = Switches.Length - 1; s >= 0; s--)
        {
            var size = SwitchSize(Switches[s]);
            DecodeSwitch(Switches[s], index % size, choice);
            index /= size;
        }

        DecodeFusion(index % _fusion, choice);
        index /= _fusion;
        for (var p = Plain.Length - 1; p >= 0; p--)
        {
            var n = _space.Axes[Plain[p]].Count;
            choice[Plain[p]] = (int)(index % n);
            index /= n;
        }

        return choice;
    }

    /// <summary>The number of the architecture of <paramref name="choice"/> (canonicalised first).</summary>
    public long Encode(IReadOnlyList<int> choice)
    {
        var c = _space.Canonical(choice);
        long index = 0;
        foreach (var axis in Plain)
        {
            index = (index * _space.Axes[axis].Count) + c[axis];
        }

        index = (index * _fusion) + EncodeFusion(c);
        foreach (var sw in Switches)
        {
            index = (index * SwitchSize(sw)) + EncodeSwitch(sw, c);
        }

        return index;
    }

    private void DecodeFusion(long j, int[] choice)
    {
        for (var li = 0; li < _structures.Length; li++)
        {
            if (j < _structures[li])
            {
                choice[Axis.FusionLayers] = li;
                Digits(FuserSlots((int)_space.Axes[Axis.FusionLayers].Values[li]), j, choice);
                return;
            }

            j -= _structures[li];
        }
    }

    private long EncodeFusion(int[] c)
    {
        var offset = _structures.Take(c[Axis.FusionLayers]).Sum();
        return offset + Number(FuserSlots((int)_space.Axes[Axis.FusionLayers].Values[c[Axis.FusionLayers]]), c);
    }

    /// <summary>The axes that vary within the structures of <paramref name="layers"/> fusion layers.</summary>
    private int[] FuserSlots(int layers) =>
        layers == 1 ? [] : _space.FusersVaryByLayer ? Axis.FuserCounts.Take(layers - 1).ToArray() : [Axis.FusersPerLayer];

    private long SwitchSize((int Flag, int[] Dependents) sw) =>
        _space.Axes[sw.Flag].Values.Cast<bool>().Sum(on => on ? Product(sw.Dependents) : 1L);

    private void DecodeSwitch((int Flag, int[] Dependents) sw, long j, int[] choice)
    {
        var values = _space.Axes[sw.Flag].Values;
        for (var vi = 0; vi < values.Count; vi++)
        {
            var on = (bool)values[vi];
            var size = on ? Product(sw.Dependents) : 1L;
            if (j < size)
            {
                choice[sw.Flag] = vi;
                Digits(on ? sw.Dependents : [], j, choice);
                return;
            }

            j -= size;
        }
    }

    private long EncodeSwitch((int Flag, int[] Dependents) sw, int[] c)
    {
        long offset = 0;
        for (var vi = 0; vi < c[sw.Flag]; vi++)
        {
            offset += (bool)_space.Axes[sw.Flag].Values[vi] ? Product(sw.Dependents) : 1L;
        }

        return offset + ((bool)_space.Axes[sw.Flag].Values[c[sw.Flag]] ? Number(sw.Dependents, c) : 0);
    }

    private long Product(int[] axes) => axes.Aggregate(1L, (n, a) => n * _space.Axes[a].Count);

    private void Digits(int[] axes, long j, int[] choice)
    {
        for (var i = axes.Length - 1; i >= 0; i--)
        {
            var n = _space.Axes[axes[i]].Count;
            choice[axes[i]] = (int)(j % n);
            j /= n;
        }
    }

    private long Number(int[] axes, int[] c) => axes.Aggregate(0L, (n, a) => (n * _space.Axes[a].Count) + c[a]);
}
