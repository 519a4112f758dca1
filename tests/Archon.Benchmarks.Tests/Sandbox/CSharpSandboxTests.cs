using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Tests.Sandbox;

public class CSharpSandboxTests
{
    private static readonly CSharpSandbox Sandbox = new(new SandboxOptions { Timeout = TimeSpan.FromSeconds(20) });

    private static string Program(string body) => $$"""
        using System;
        using System.Diagnostics;
        class Problem {
            public static long Twice(long x) { {{body}} }
            public static void Main(string[] args) {
                Debug.Assert(Twice(2) == 4);
                Debug.Assert(Twice(-3) == -6);
                Console.WriteLine("tests ran");
            }
        }
        """;

    [Fact]
    public async Task RunAsync_CorrectMethod_PassesWithOutput()
    {
        var run = await Sandbox.RunAsync(Program("return 2 * x;"), "Problem");

        Assert.True(run.Passed, run.Run?.Stderr + string.Join("; ", run.Compile.Errors));
        Assert.Equal("tests ran\n", run.Run!.Stdout);
        Assert.True(run.Run.ReachedEnd);
    }

    [Fact]
    public async Task RunAsync_FailingDebugAssert_FailsBecauseDebugIsDefined()
    {
        var run = await Sandbox.RunAsync(Program("return x + 2;"), "Problem");

        Assert.True(run.Compile.Succeeded);
        Assert.False(run.Passed);
        Assert.NotEqual(0, run.Run!.ExitCode);
        Assert.Contains("Assertion failed", run.Run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Environment.Exit(0); return 0;")]
    [InlineData("System.Diagnostics.Process.GetCurrentProcess().Kill(); return 0;")]
    public async Task RunAsync_ExitBeforeTheTestsEnd_NotPassed(string body)
    {
        var run = await Sandbox.RunAsync(Program(body), "Problem");

        Assert.True(run.Compile.Succeeded, string.Join("; ", run.Compile.Errors));
        Assert.False(run.Passed);
        Assert.NotEqual(true, run.Run!.ReachedEnd);
    }

    [Fact]
    public async Task RunAsync_CompileError_NoRunAndTheErrorNamed()
    {
        var run = await Sandbox.RunAsync(Program("return y;"), "Problem");

        Assert.False(run.Compile.Succeeded);
        Assert.Null(run.Run);
        Assert.False(run.Passed);
        Assert.Contains(run.Compile.Errors, e => e.StartsWith("CS0103", StringComparison.Ordinal) && e.Contains("'y'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ReadsHostFiles_NotVisibleWhereIsolated()
    {
        var body = "try { Console.WriteLine(System.IO.File.ReadAllText(\"/etc/passwd\").Length); } catch (Exception e) { Console.WriteLine(e.GetType().Name); } return 2 * x;";

        var run = await Sandbox.RunAsync(Program(body), "Problem");

        Assert.True(run.Passed, run.Run?.Stderr);
        if (run.Run!.Isolated)
        {
            Assert.Contains("DirectoryNotFoundException", run.Run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_MemoryHog_FailsAtTheHeapLimit()
    {
        var sandbox = new CSharpSandbox(new SandboxOptions { Timeout = TimeSpan.FromSeconds(20), MemoryBytes = 128L * 1024 * 1024 });

        var run = await sandbox.RunAsync(Program("var a = new byte[512 * 1024 * 1024]; return a.Length + 2 * x;"), "Problem");

        Assert.False(run.Passed);
        Assert.StartsWith("memory limit reached (128 MiB)", SandboxFailure.Describe(run.Run!, sandbox.Options), StringComparison.Ordinal);
    }
}
