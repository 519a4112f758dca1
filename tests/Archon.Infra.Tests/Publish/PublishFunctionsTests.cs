using System.Runtime.Versioning;
using System.Text.Json;
using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Publish;

/// <summary>scripts/publish-functions run for real: the package the Functions host needs.</summary>
[UnsupportedOSPlatform("windows")] // runs the sh scripts and checks Unix file modes
public class PublishFunctionsTests
{
    private static string Script => RepoPaths.Combine("scripts", "publish-functions");

    [PublishFact]
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
    public void Script_WithStubbedDotnet_AssemblesThePackageFromTheAppFolder()
    {
        using var repo = ScratchRepo(withHostJson: true);
        var output = repo.Combine("package");

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), ["--output", output], repo.Path, StubDotnetPath(repo));

        Assert.True(result.ExitCode == 0, result.ToString());
        var arguments = File.ReadAllText(repo.Combine("dotnet-args.txt"));
        Assert.Contains("-r linux-x64 --self-contained true", arguments, StringComparison.Ordinal);
        Assert.Contains("-c Release", arguments, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(repo.Combine("src", "Archon.Functions", "host.json")), File.ReadAllText(Path.Combine(output, "host.json")));
        Assert.True(File.Exists(Path.Combine(output, "queue-work", "function.json")));
        Assert.True(File.Exists(Path.Combine(output, "timer", "function.json")));
        Assert.False(Directory.Exists(Path.Combine(output, "not-a-function")));
        Assert.False(File.Exists(Path.Combine(output, "local.settings.json")), "local settings must not be deployed");
        Assert.True(File.GetUnixFileMode(Path.Combine(output, "my-handler")).HasFlag(UnixFileMode.UserExecute));
        Assert.Contains("(my-handler, host.json, 2 functions)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_WithoutHostJson_FailsBeforeBuilding()
    {
        using var repo = ScratchRepo(withHostJson: false);

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), [], repo.Path, StubDotnetPath(repo));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("host.json is missing", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(repo.Combine("dotnet-args.txt")));
    }

    [Fact]
    public void Script_ExecutableMissingFromPublishOutput_Fails()
    {
        using var repo = ScratchRepo(withHostJson: true);
        File.WriteAllText(
            repo.Combine("src", "Archon.Functions", "host.json"),
            """{"version":"2.0","customHandler":{"description":{"defaultExecutablePath":"other-name"}}}""");

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), [], repo.Path, StubDotnetPath(repo));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'other-name'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_UnknownArgument_FailsWithUsage()
    {
        var result = ProcessRunner.Run(Script, ["--bogus"], RepoPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown argument '--bogus'", result.StandardError, StringComparison.Ordinal);
    }

    /// <summary>A scratch copy of the repository layout: the script, and an app folder with two functions.</summary>
    private static TempDirectory ScratchRepo(bool withHostJson)
    {
        var repo = new TempDirectory();
        Directory.CreateDirectory(repo.Combine("scripts"));
        File.Copy(Script, repo.Combine("scripts", "publish-functions"));
        File.SetUnixFileMode(repo.Combine("scripts", "publish-functions"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var app = Directory.CreateDirectory(repo.Combine("src", "Archon.Functions")).FullName;
        if (withHostJson)
        {
            File.WriteAllText(Path.Combine(app, "host.json"), """{"version":"2.0","customHandler":{"description":{"defaultExecutablePath":"my-handler"}}}""");
        }

        foreach (var function in new[] { "queue-work", "timer" })
        {
            Directory.CreateDirectory(Path.Combine(app, function));
            File.WriteAllText(Path.Combine(app, function, "function.json"), """{"bindings":[]}""");
        }

        Directory.CreateDirectory(Path.Combine(app, "not-a-function"));
        File.WriteAllText(Path.Combine(app, "local.settings.json"), "{}");
        return repo;
    }

    /// <summary>PATH with a stand-in <c>dotnet</c> that records its arguments and writes a publish output.</summary>
    private static Dictionary<string, string?> StubDotnetPath(TempDirectory repo)
    {
        var bin = Directory.CreateDirectory(repo.Combine("stub-bin")).FullName;
        var dotnet = Path.Combine(bin, "dotnet");
        File.WriteAllText(dotnet, $$"""
            #!/bin/sh
            echo "$*" > '{{repo.Combine("dotnet-args.txt")}}'
            out=""
            while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done
            mkdir -p "$out"
            echo binary > "$out/my-handler"
            echo '{}' > "$out/local.settings.json"
            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new Dictionary<string, string?> { ["PATH"] = bin + ":/usr/bin:/bin" };
    }
}
