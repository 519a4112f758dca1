namespace Archon.Benchmarks.Datasets;

/// <summary>The dataset kind names accepted by <c>--dataset</c> and <see cref="DatasetLoaders.ForKind"/>.</summary>
public static class DatasetKinds
{
    public const string Gsm8k = "gsm8k";
    public const string Math = "math";
    public const string MixEval = "mixeval";
    public const string MtBench = "mt-bench";

    /// <summary>MT-Bench questions graded pairwise against a baseline's answers (FastChat's pairwise mode).</summary>
    public const string MtBenchPairwise = "mt-bench-pairwise";
    public const string ArenaHard = "arena-hard";
    public const string AlpacaEval = "alpaca-eval";
    public const string HumanEval = "humaneval";
    public const string Mbpp = "mbpp";

    /// <summary>MultiPL-E's C# translation of HumanEval, compiled and run with the .NET host.</summary>
    public const string HumanEvalCs = "humaneval-cs";

    /// <summary>CodeContests (AlphaCode): problem descriptions with stdin/stdout tests.</summary>
    public const string CodeContests = "code-contests";
    public const string Synthetic = "synthetic";

    /// <summary>Every kind, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Gsm8k, Math, MixEval, MtBench, MtBenchPairwise, ArenaHard, AlpacaEval, HumanEval, HumanEvalCs, Mbpp, CodeContests, Synthetic];

    /// <summary>True for kinds scored by an LLM judge (which then needs <c>--judge</c>).</summary>
    public static bool NeedsJudge(string kind) => kind is MtBench or MtBenchPairwise or ArenaHard or AlpacaEval;

    /// <summary>True for kinds scored against a baseline's answers.</summary>
    public static bool NeedsBaseline(string kind) => kind is ArenaHard or AlpacaEval or MtBenchPairwise;

    /// <summary>True for baseline kinds whose dataset file carries no baseline answers of its own (AlpacaEval's does).</summary>
    public static bool NeedsBaselineAnswers(string kind) => kind is ArenaHard or MtBenchPairwise;

    /// <summary>True for kinds whose answers are programs run in the code sandbox.</summary>
    public static bool RunsCode(string kind) => kind is HumanEval or HumanEvalCs or Mbpp or CodeContests;
}
