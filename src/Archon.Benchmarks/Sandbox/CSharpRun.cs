namespace Archon.Benchmarks.Sandbox;

/// <summary>The outcome of compiling and running a C# program: compiler errors, or the sandboxed run.</summary>
/// <param name="Compile">The compilation (errors when it failed).</param>
/// <param name="Run">The sandboxed run; null when the program did not compile.</param>
/// <param name="CompileTime">Time spent compiling.</param>
public sealed record CSharpRun(CSharpCompileResult Compile, SandboxResult? Run, TimeSpan CompileTime)
{
    /// <summary>True when the program compiled and its run passed.</summary>
    public bool Passed => Run?.Passed == true;
}
