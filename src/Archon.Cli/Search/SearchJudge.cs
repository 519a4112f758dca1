using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Cli.Bench;
using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Cli.Search;

/// <summary>
/// The judge of a search (<c>--judge</c>, <c>--baseline</c>): checked once when the search starts, then used to build
/// each evaluator's scorer around that evaluator's runner, so judge calls share the trial's cache and are counted.
/// </summary>
internal sealed class SearchJudge
{
    private readonly string _dataset;
    private readonly IReadOnlyDictionary<string, string>? _baseline;

    private SearchJudge(string dataset, ArchitectureConfig? judge, IReadOnlyDictionary<string, string>? baseline)
    {
        _dataset = dataset;
        Judge = judge;
        _baseline = baseline;
    }

    /// <summary>The judge architecture, or null for kinds scored without one.</summary>
    public ArchitectureConfig? Judge { get; }

    /// <summary>Loads and validates the judge and baseline named by <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A judge kind without <c>--judge</c>, an invalid judge, or an unreadable baseline; the message names the option.</exception>
    public static SearchJudge Load(SearchCliOptions options, BenchEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (options.JudgePath is null)
        {
            if (DatasetKinds.NeedsJudge(options.Dataset))
            {
                throw new ArgumentException($"--judge: dataset kind '{options.Dataset}' is scored by an LLM judge; pass a judge architecture file");
            }

            return new SearchJudge(options.Dataset, null, null);
        }

        using var problems = new StringWriter();
        var judge = environment.LoadArchitecture(options.JudgePath, "--judge", problems)
            ?? throw new ArgumentException(problems.ToString().Trim());
        IReadOnlyDictionary<string, string>? baseline = null;
        if (options.BaselinePath is not null)
        {
            try
            {
                baseline = BaselineAnswers.Load(options.BaselinePath);
            }
            catch (Exception ex) when (ex is DatasetFormatException or FileNotFoundException or DirectoryNotFoundException or System.Text.Json.JsonException)
            {
                throw new ArgumentException($"--baseline: {ex.Message}", ex);
            }
        }
        else if (options.Dataset == DatasetKinds.ArenaHard)
        {
            throw new ArgumentException("--baseline: arena-hard compares against a baseline's answers; pass --baseline <answers.jsonl or bench output dir>");
        }

        return new SearchJudge(options.Dataset, judge, baseline);
    }

    /// <summary>The dataset's scorer, judging (when there is a judge) through <paramref name="judgeRunner"/>.</summary>
    public IScorer ScorerFor(IArchitectureRunner judgeRunner) => Scorers.ForKind(_dataset, new ScorerOptions
    {
        Judge = Judge,
        JudgeRunner = Judge is null ? null : judgeRunner,
        BaselineAnswers = _baseline,
    });
}
