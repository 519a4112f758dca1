using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Tests.Sandbox;

public class SandboxFailureTests
{
    private static readonly SandboxOptions Options = new();

    private static SandboxResult Run(int exit, string stderr = "", bool timedOut = false) =>
        new(exit, timedOut, string.Empty, stderr, true, TimeSpan.FromSeconds(1.25));

    [Theory]
    [InlineData(1, "Traceback...\nOSError: [Errno 28] No space left on device", "disk limit reached (64 MiB in total): OSError: [Errno 28] No space left on device")]
    [InlineData(1, "OSError: [Errno 27] File too large", "file size limit reached (16 MiB per file): OSError: [Errno 27] File too large")]
    [InlineData(1, "MemoryError", "memory limit reached (512 MiB): MemoryError")]
    [InlineData(1, "BlockingIOError: [Errno 11] Resource temporarily unavailable", "process limit reached (32 processes): BlockingIOError: [Errno 11] Resource temporarily unavailable")]
    [InlineData(152, "", "CPU time limit exceeded (10 s)")]
    [InlineData(134, "Process terminated. Assertion failed.\nF(1) == 2\n   at Problem.Main()", "assertion failed: F(1) == 2")]
    [InlineData(1, "AssertionError", "exit code 1: AssertionError")]
    [InlineData(3, "", "exit code 3")]
    public void Describe_FailedRun_NamesTheLimitOrTheError(int exit, string stderr, string expected)
    {
        Assert.Equal(expected, SandboxFailure.Describe(Run(exit, stderr), Options));
    }

    [Fact]
    public void Describe_TimedOutOutputFloodAndEarlyExit_Described()
    {
        Assert.Equal("time limit exceeded: killed after 1.3 s", SandboxFailure.Describe(Run(137, timedOut: true), Options));
        Assert.StartsWith("output limit exceeded: more than 1 MiB", SandboxFailure.Describe(Run(137) with { OutputLimitExceeded = true }, Options), StringComparison.Ordinal);
        Assert.Contains("early exit", SandboxFailure.Describe(Run(0) with { ReachedEnd = false }, Options), StringComparison.Ordinal);
        Assert.Equal("passed", SandboxFailure.Describe(Run(0) with { ReachedEnd = true }, Options));
    }

    [Fact]
    public void Describe_LongErrorLine_CutToTheQuoteLimit()
    {
        var detail = SandboxFailure.Describe(Run(1, "ValueError: " + new string('s', 5000)), Options);

        Assert.True(detail.Length <= SandboxFailure.MaxQuotedChars + 20, $"{detail.Length} characters");
        Assert.EndsWith("…", detail, StringComparison.Ordinal);
    }
}
