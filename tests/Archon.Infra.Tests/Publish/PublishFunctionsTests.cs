using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Publish;

/// <summary>scripts/publish-functions: the zip-deploy package of the isolated worker app.</summary>
[UnsupportedOSPlatform("windows")] // runs the sh script
public class PublishFunctionsTests
{
    private const string WorkerConfig = """{"description":{"language":"dotnet-isolated","defaultExecutablePath":"dotnet","defaultWorkerPath":"Archon.Functions.dll"}}""";

    private static string Script => RepoPaths.Combine("scripts", "publish-functions");

    [PublishFact]
    public void Script_RealPublish_ZipsWhatTheHostLoadsForTheRuntimeInfraSets()
    {
        using var scratch = new TempDirectory();
        var zipPath = scratch.Combine("package.zip");

        var result = ProcessRunner.Run(Script, ["--output", scratch.Combine("out"), "--zip", zipPath], RepoPaths.Root, timeout: TimeSpan.FromMinutes(10));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("host.json", entries);
        Assert.Contains("extensions.json", entries);
        Assert.Contains(entries, e => e.StartsWith(".azurefunctions/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal));
        Assert.DoesNotContain("local.settings.json", entries);
        using var worker = JsonDocument.Parse(ReadEntry(zip, "worker.config.json"));
        Assert.Equal("dotnet-isolated", worker.RootElement.GetProperty("description").GetProperty("language").GetString());
        using var functions = JsonDocument.Parse(ReadEntry(zip, "functions.metadata"));
        Assert.NotEqual(0, functions.RootElement.GetArrayLength());
        // The worker's runtimeconfig names the .NET it needs; Flex runs the version infra sets.
        var runtimeConfig = ReadEntry(zip, Path.ChangeExtension(worker.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString()!, ".runtimeconfig.json"));
        var runtime = InfraFiles.FunctionAppRuntime();
        Assert.NotNull(runtime);
        Assert.Matches($@"""tfm""\s*:\s*""net{Regex.Escape(runtime.Value.Version)}""", runtimeConfig);
    }

    [Fact]
    public void Script_WithStubbedDotnet_PublishesFrameworkDependentAndDropsLocalSettings()
    {
        using var repo = ScratchRepo();
        var output = repo.Combine("package");

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), ["--output", output], repo.Path, StubDotnetPath(repo));

        Assert.True(result.ExitCode == 0, result.ToString());
        var arguments = File.ReadAllText(repo.Combine("dotnet-args.txt"));
        Assert.StartsWith("publish " + repo.Combine("src", "Archon.Functions", "Archon.Functions.csproj"), arguments, StringComparison.Ordinal);
        Assert.Contains("-c Release", arguments, StringComparison.Ordinal);
        Assert.Contains("-o " + output, arguments, StringComparison.Ordinal);
        // Flex Consumption brings .NET for dotnet-isolated: a self-contained or RID-specific build is not wanted.
        Assert.DoesNotContain("--self-contained", arguments, StringComparison.Ordinal);
        Assert.DoesNotContain(" -r ", arguments, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "local.settings.json")), "local settings must not be deployed");
        Assert.True(File.Exists(Path.Combine(output, ".azurefunctions", "Extension.dll")));
        Assert.Contains("(Archon.Functions.dll, 2 functions)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_Zip_HoldsTheAppRootWithTheHiddenExtensionsFolder()
    {
        using var repo = ScratchRepo();
        var zipPath = repo.Combine("dist", "archon.zip");

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), ["--zip", zipPath], repo.Path, StubDotnetPath(repo));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("host.json", entries);
        Assert.Contains("functions.metadata", entries);
        Assert.Contains("worker.config.json", entries);
        Assert.Contains(".azurefunctions/Extension.dll", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith("local.settings.json", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith(".zip", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("functions.metadata")]
    [InlineData("extensions.json")]
    [InlineData("worker.config.json")]
    [InlineData(".azurefunctions")]
    public void Script_PublishOutputMissingWhatTheHostLoads_FailsNamingItAndWritesNoZip(string missing)
    {
        using var repo = ScratchRepo();
        var zipPath = repo.Combine("archon.zip");

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), ["--zip", zipPath], repo.Path, StubDotnetPath(repo, omit: missing));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"has no {missing}", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void Script_WorkerNamedInWorkerConfigMissing_Fails()
    {
        using var repo = ScratchRepo();

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), [], repo.Path, StubDotnetPath(repo, omit: "Archon.Functions.dll"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'Archon.Functions.dll'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_OutputFolderWithOtherFiles_IsLeftAlone()
    {
        using var repo = ScratchRepo();
        var output = Directory.CreateDirectory(repo.Combine("mine")).FullName;
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), ["--output", output], repo.Path, StubDotnetPath(repo));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("choose an empty folder", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.False(File.Exists(repo.Combine("dotnet-args.txt")));
    }

    [Fact]
    public void Script_WithoutTheProject_FailsBeforeBuilding()
    {
        using var repo = ScratchRepo();
        File.Delete(repo.Combine("src", "Archon.Functions", "Archon.Functions.csproj"));

        var result = ProcessRunner.Run(repo.Combine("scripts", "publish-functions"), [], repo.Path, StubDotnetPath(repo));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Archon.Functions.csproj is missing", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(repo.Combine("dotnet-args.txt")));
    }

    [Fact]
    public void Script_UnknownArgument_FailsWithUsage()
    {
        var result = ProcessRunner.Run(Script, ["--bogus"], RepoPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown argument '--bogus'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void ShellAndPowerShellScripts_CheckTheSameFiles()
    {
        var sh = RequiredFiles(File.ReadAllText(Script), @"for required in ([^;]+);");
        var ps1 = RequiredFiles(File.ReadAllText(Script + ".ps1"), @"foreach \(\$required in @\(([^)]+)\)\)");

        Assert.Equal(["host.json", "worker.config.json", "functions.metadata", "extensions.json", ".azurefunctions"], sh);
        Assert.Equal(sh, ps1);
    }

    private static List<string> RequiredFiles(string script, string pattern)
    {
        var m = Regex.Match(script, pattern);
        Assert.True(m.Success, $"no list of required files matching {pattern}");
        return [.. m.Groups[1].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('\''))];
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is missing from the package");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>A scratch copy of the repository layout: the script and the app project.</summary>
    private static TempDirectory ScratchRepo()
    {
        var repo = new TempDirectory();
        Directory.CreateDirectory(repo.Combine("scripts"));
        File.Copy(Script, repo.Combine("scripts", "publish-functions"));
        File.SetUnixFileMode(repo.Combine("scripts", "publish-functions"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var app = Directory.CreateDirectory(repo.Combine("src", "Archon.Functions")).FullName;
        File.WriteAllText(Path.Combine(app, "Archon.Functions.csproj"), "<Project />");
        return repo;
    }

    /// <summary>
    /// PATH with a stand-in <c>dotnet</c> that records its arguments and writes an isolated worker publish output
    /// (two functions), without the file <paramref name="omit"/> when given.
    /// </summary>
    private static Dictionary<string, string?> StubDotnetPath(TempDirectory repo, string? omit = null)
    {
        var bin = Directory.CreateDirectory(repo.Combine("stub-bin")).FullName;
        var dotnet = Path.Combine(bin, "dotnet");
        File.WriteAllText(dotnet, $$"""
            #!/bin/sh
            echo "$*" > '{{repo.Combine("dotnet-args.txt")}}'
            out=""
            while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done
            mkdir -p "$out/.azurefunctions"
            echo '{"version":"2.0"}' > "$out/host.json"
            echo '{{WorkerConfig}}' > "$out/worker.config.json"
            echo '[{"name":"A","scriptFile":"Archon.Functions.dll"},{"name":"B","scriptFile":"Archon.Functions.dll"}]' > "$out/functions.metadata"
            echo '{"extensions":[]}' > "$out/extensions.json"
            echo binary > "$out/.azurefunctions/Extension.dll"
            echo binary > "$out/Archon.Functions.dll"
            echo '{}' > "$out/local.settings.json"
            {{(omit is null ? string.Empty : $"rm -rf \"$out/{omit}\"")}}
            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new Dictionary<string, string?> { ["PATH"] = bin + ":/usr/bin:/bin" };
    }
}
