using System.Runtime.Versioning;
using System.Text.Json;
using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Publish;

/// <summary>scripts/publish-functions run for real: the package the Functions host needs.</summary>
[UnsupportedOSPlatform("windows")] // runs the sh scripts and checks Unix file modes
public class PublishFunctionsTests
{
    private static string Script => RepoPaths.Combine("scripts", "publish-functions");

    [FunctionsAppFact]
    public void Script_ProducesExecutableHostJsonAndEveryFunctionFolder()
    {
        using var output = new TempDirectory();

        var result = ProcessRunner.Run(Script, ["--output", output.Path], RepoPaths.Root, timeout: TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var hostJson = JsonDocument.Parse(File.ReadAllText(output.Combine("host.json")));
        var executable = hostJson.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
        var executablePath = output.Combine(executable);
        Assert.True(File.Exists(executablePath), $"{executable} is missing from the package");
        Assert.True(File.GetUnixFileMode(executablePath).HasFlag(UnixFileMode.UserExecute), $"{executable} is not executable");
        // Self-contained: the Flex Consumption custom runtime has no .NET of its own.
        Assert.True(File.Exists(output.Combine("libhostfxr.so")), "the package is not self-contained for linux-x64");
        foreach (var definition in FunctionDefinitions.Files())
        {
            var function = Path.GetFileName(Path.GetDirectoryName(definition)!);
            Assert.Equal(File.ReadAllText(definition), File.ReadAllText(output.Combine(function, "function.json")));
        }

        Assert.False(File.Exists(output.Combine("local.settings.json")), "local settings must not be deployed");
    }

    [Fact]
    public void Script_UnknownArgument_FailsWithUsage()
    {
        var result = ProcessRunner.Run(Script, ["--bogus"], RepoPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown argument '--bogus'", result.StandardError, StringComparison.Ordinal);
    }
}
