using Archon.Core.Text;

namespace Archon.Benchmarks.Datasets;

/// <summary>The loader for each dataset kind.</summary>
public static class DatasetLoaders
{
    /// <summary>Returns the loader for <paramref name="kind"/> (see <see cref="DatasetKinds"/>).</summary>
    /// <exception cref="ArgumentException">The kind is unknown; the message lists the known kinds.</exception>
    public static IDatasetLoader ForKind(string kind) => kind switch
    {
        DatasetKinds.Gsm8k => new Gsm8kLoader(),
        DatasetKinds.Math => new MathLoader(),
        DatasetKinds.MixEval => new MixEvalLoader(),
        DatasetKinds.MtBench => new MtBenchLoader(),
        DatasetKinds.MtBenchPairwise => new MtBenchLoader(DatasetKinds.MtBenchPairwise),
        DatasetKinds.ArenaHard => new ArenaHardLoader(),
        DatasetKinds.AlpacaEval => new AlpacaEvalLoader(),
        DatasetKinds.HumanEval => new HumanEvalLoader(),
        DatasetKinds.Mbpp => new MbppLoader(),
        DatasetKinds.HumanEvalCs => new CSharpHumanEvalLoader(),
        DatasetKinds.CodeContests => new CodeContestsLoader(),
        DatasetKinds.Synthetic => new SyntheticLoader(),
        _ => throw new ArgumentException(
            $"unknown dataset kind '{ClippedText.Clip(kind)}'; expected one of: {string.Join(", ", DatasetKinds.All)}", nameof(kind)),
    };

    /// <summary>Loads <paramref name="path"/> as <paramref name="kind"/>.</summary>
    public static DatasetLoadResult Load(string kind, string path, MalformedEntryPolicy policy = MalformedEntryPolicy.Skip) =>
        ForKind(kind).Load(path, policy);
}
