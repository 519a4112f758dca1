using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// MultiPL-E C# pass@1: the assembled program (see <see cref="CSharpProgram"/>) is compiled and run in the
/// <see cref="CSharpSandbox"/>; the item passes when it compiles and its <c>Main</c> returns with every assert holding.
/// A compile error is a failed item; a machine without a .NET host makes every item an error that says so.
/// </summary>
internal sealed class CSharpCodeScorer(CSharpSandbox sandbox) : IScorer
{
    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        if (!CSharpSandbox.HostAvailable)
        {
            throw new InvalidOperationException($"{DatasetKinds.HumanEvalCs} cannot run here: {CSharpSandbox.HostUnavailableReason}");
        }

        var source = CSharpProgram.Build(item, answers.Count > 0 ? answers[^1] : string.Empty);
        var run = await sandbox.RunAsync(source, CSharpProgram.TestsType, cancellationToken).ConfigureAwait(false);
        if (run.Run is null)
        {
            var errors = string.Join("; ", run.Compile.Errors.Take(2));
            return ItemScore.Exact(false, "compile error: " + SandboxFailure.Cut(errors));
        }

        var detail = run.Passed ? "tests passed" : SandboxFailure.Describe(run.Run, sandbox.Options);
        return ItemScore.Exact(run.Passed, detail) with { Sandbox = SandboxModes.Of(run.Run.Isolated) };
    }
}
