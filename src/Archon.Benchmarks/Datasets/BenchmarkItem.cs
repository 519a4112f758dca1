namespace Archon.Benchmarks.Datasets;

/// <summary>
/// One benchmark item, as read from a dataset file in its published format. The prompts in <see cref="Turns"/> are
/// what the architecture is asked (for multiple-choice items the context, question and lettered options already
/// framed); the reference data a scorer needs sits in the other properties.
/// </summary>
public sealed record BenchmarkItem
{
    /// <summary>Stable id within the dataset (the published id where there is one, else <c>line-N</c>/<c>index</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Dataset kind (see <see cref="DatasetKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>User turns in order. Most kinds have one; MT-Bench has two (turn 2 follows the architecture's own first answer).</summary>
    public required IReadOnlyList<string> Turns { get; init; }

    /// <summary>
    /// Reference data: acceptable answers (GSM8K number, MATH LaTeX answer, MixEval targets, synthetic integer) or
    /// reference answers per turn (MT-Bench). Empty when the dataset has none.
    /// </summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Multiple-choice options in order (option A first); empty for other items.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>For multiple-choice items the 0-based indices of the correct options.</summary>
    public IReadOnlyList<int> CorrectOptions { get; init; } = [];

    /// <summary>Code items: the test code (HumanEval <c>check(candidate)</c> definition, or MBPP asserts joined by lines).</summary>
    public string? TestCode { get; init; }

    /// <summary>Code items: the function under test.</summary>
    public string? EntryPoint { get; init; }

    /// <summary>Code items: the prompt code the completion continues (HumanEval signature and docstring).</summary>
    public string? CodePrompt { get; init; }

    /// <summary>Stdin/stdout tests (CodeContests): public first, then private, then generated; empty for other items.</summary>
    public IReadOnlyList<StdioTest> StdioTests { get; init; } = [];

    /// <summary>The problem's time limit per test, where the dataset gives one.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Breakdown category (MixEval <c>benchmark_name</c>, MT-Bench <c>category</c>, MATH <c>subject</c>, …).</summary>
    public string? Category { get; init; }

    /// <summary>Second-level breakdown (MATH <c>level</c>, Arena-Hard <c>cluster</c>, MixEval problem type).</summary>
    public string? Subcategory { get; init; }

    /// <summary>Other published fields worth keeping, by name.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>1-based line (JSONL) or entry index (JSON) in the source file, for messages.</summary>
    public int SourceLine { get; init; }
}
