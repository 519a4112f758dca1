using System.Text;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// HumanEval / MBPP pass@1: the answer's code plus the item's tests run in the <see cref="PythonSandbox"/>; the
/// item passes when the program exits 0 within the limits having reached the end of its tests.
/// </summary>
internal sealed class CodeScorer(PythonSandbox sandbox) : IScorer
{
    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var program = BuildProgram(item, answers.Count > 0 ? answers[^1] : string.Empty);
        var run = await sandbox.RunAsync(program, cancellationToken).ConfigureAwait(false);
        var detail = run.Passed ? "tests passed" : SandboxFailure.Describe(run, sandbox.Options);
        return ItemScore.Exact(run.Passed, detail) with { Sandbox = SandboxModes.Of(run.Isolated) };
    }

    /// <summary>The program the sandbox runs: candidate code, then the tests (and for HumanEval the check call).</summary>
    internal static string BuildProgram(BenchmarkItem item, string answer)
    {
        var code = CodeExtractor.Extract(answer, item.EntryPoint);
        var sb = new StringBuilder();
        if (item.Kind == DatasetKinds.HumanEval)
        {
            var definesEntry = item.EntryPoint is not null && code.Contains($"def {item.EntryPoint}", StringComparison.Ordinal);
            if (!definesEntry && item.CodePrompt is not null)
            {
                // A bare completion of the function body: the prompt supplies the signature.
                sb.Append(item.CodePrompt);
            }
            else if (item.CodePrompt is not null)
            {
                // Keep the prompt's imports, which a full-function reply may leave out.
                foreach (var line in item.CodePrompt.Split('\n').Where(l => l.StartsWith("import ", StringComparison.Ordinal) || l.StartsWith("from ", StringComparison.Ordinal)))
                {
                    sb.Append(line).Append('\n');
                }
            }

            sb.Append(code).Append("\n\n").Append(item.TestCode).Append("\n\n").Append($"check({item.EntryPoint})\n");
        }
        else
        {
            sb.Append(code).Append("\n\n").Append(item.TestCode).Append('\n');
        }

        return sb.ToString();
    }
}
