namespace Archon.Benchmarks.Datasets;

/// <summary>The dataset kind names accepted by <c>--dataset</c> and <see cref="DatasetLoaders.ForKind"/>.</summary>
public static class DatasetKinds
{
    public const string Gsm8k = "gsm8k";
    public const string Math = "math";
    public const string MixEval = "mixeval";
    public const string MtBench = "mt-bench";
    public const string ArenaHard = "arena-hard";
    public const string AlpacaEval = "alpaca-eval";
    public const string HumanEval = "humaneval";
    public const string Mbpp = "mbpp";
    public const string Synthetic = "synthetic";

    /// <summary>Every kind, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Gsm8k, Math, MixEval, MtBench, ArenaHard, AlpacaEval, HumanEval, Mbpp, Synthetic];

    /// <summary>True for kinds scored by an LLM judge (which then needs <c>--judge</c>).</summary>
    public static bool NeedsJudge(string kind) => kind is MtBench or ArenaHard or AlpacaEval;

    /// <summary>True for kinds scored against a baseline's answers.</summary>
    public static bool NeedsBaseline(string kind) => kind is ArenaHard or AlpacaEval;
}
