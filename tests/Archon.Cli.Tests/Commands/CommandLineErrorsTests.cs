using System.Diagnostics;

namespace Archon.Cli.Tests.Commands;

/// <summary>The real <c>archon</c> executable: a wrong command line is a usage error (exit 2) with the parser's messages.</summary>
public sealed class CommandLineErrorsTests
{
    [Theory]
    [InlineData("Option '--data' is required.", "bench", "--dataset", "gsm8k", "--config", "x.json")]
    [InlineData("Unrecognized command or argument 'nosuch'.", "nosuch")]
    [InlineData("Cannot parse argument 'many' for option '--seed'", "search", "--space", "s.json", "--dataset", "synthetic", "--data", "d.jsonl", "--out", "o", "--seed", "many")]
    public async Task WrongCommandLine_ExitsTwoAndSaysWhy(string message, params string[] args)
    {
        var (exit, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ExitsZero()
    {
        var (exit, _) = await RunAsync(["bench", "--help"]);

        Assert.Equal(0, exit);
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archon.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await stdout;
        return (process.ExitCode, await stderr);
    }
}
