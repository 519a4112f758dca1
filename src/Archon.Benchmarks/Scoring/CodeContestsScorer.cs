using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// CodeContests pass@1: the reply's Python program runs once per stdin/stdout test — public, then private, then
/// generated — each in a fresh sandbox; the item passes when every test's output matches (see
/// <see cref="OutputComparer"/>). It stops at the first failing test. A test's time limit is the problem's limit
/// times <see cref="TimeFactor"/> plus <see cref="StartupAllowance"/> (Python against limits set for C++, plus the
/// interpreter's start), never more than <see cref="SandboxOptions.Timeout"/>.
/// </summary>
internal sealed class CodeContestsScorer(SandboxOptions options) : IScorer
{
    /// <summary>How many times the problem's time limit a Python solution gets.</summary>
    public const int TimeFactor = 3;

    /// <summary>Time added to every test for the sandbox and the interpreter to start.</summary>
    public static readonly TimeSpan StartupAllowance = TimeSpan.FromSeconds(1);

    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        if (item.StdioTests.Count == 0)
        {
            throw new InvalidOperationException($"item '{item.Id}' has no stdin/stdout tests");
        }

        var code = CodeExtractor.Extract(answers.Count > 0 ? answers[^1] : string.Empty, null, CodeExtractor.Python);
        var longest = item.StdioTests.Max(t => (long)t.Output.Length);
        var sandbox = new PythonSandbox(options with { MaxOutputBytes = Math.Max(options.MaxOutputBytes, (4 * longest) + 4096) });
        var timeout = TestTimeout(item.TimeLimit, options.Timeout);
        var mode = SandboxModes.Of(sandbox.Isolated);
        for (var i = 0; i < item.StdioTests.Count; i++)
        {
            var test = item.StdioTests[i];
            var run = await sandbox.RunWithInputAsync(code, test.Input, timeout, cancellationToken).ConfigureAwait(false);
            var where = string.Create(CultureInfo.InvariantCulture, $"test {i + 1} of {item.StdioTests.Count} ({test.Set})");
            if (!run.Passed)
            {
                return Failed($"{where} failed: {SandboxFailure.Describe(run, sandbox.Options with { Timeout = timeout })}", mode);
            }

            if (OutputComparer.FirstDifference(test.Output, run.Stdout) is { } difference)
            {
                return Failed($"{where}: wrong answer, {difference}", mode);
            }
        }

        var counts = string.Join(", ", item.StdioTests.GroupBy(t => t.Set).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}")));
        return ItemScore.Exact(true, string.Create(CultureInfo.InvariantCulture, $"passed all {item.StdioTests.Count} tests ({counts})")) with { Sandbox = mode };
    }

    /// <summary>The wall-clock limit of one test.</summary>
    internal static TimeSpan TestTimeout(TimeSpan? problemLimit, TimeSpan cap) =>
        problemLimit is { } limit && (limit * TimeFactor) + StartupAllowance < cap ? (limit * TimeFactor) + StartupAllowance : cap;

    private static ItemScore Failed(string detail, string mode) => ItemScore.Exact(false, detail) with { Sandbox = mode };
}
