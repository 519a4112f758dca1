using System.Text.Json;
using Archon.Cli.Commands;
using Archon.Core.Synthetic;

namespace Archon.Cli.Tests.Commands;

public class RunCommandTests
{
    private static Task<(int ExitCode, string Out, string Error)> Run(params string[] args) =>
        CommandHarness.RunAsync((o, e) => new RunCommand(o, e), args);

    [Fact]
    public async Task Run_Json_PrintsExactlyOneObjectWithAnswerUsageAndTrace()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);

        var (exit, stdout, stderr) = await Run("--config", config.Path, "--json", "--sim-latency-ms", "0", "What is 12 plus 7?");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("answer").GetString()));
        Assert.True(root.GetProperty("elapsedMs").GetDouble() >= 0);
        Assert.True(root.GetProperty("simulated").GetBoolean());
        Assert.Equal("completed", root.GetProperty("stopReason").GetString());
        var usage = root.GetProperty("usage");
        Assert.Equal(4, usage.GetProperty("calls").GetInt32());
        Assert.True(usage.GetProperty("inputTokens").GetInt64() > 0);
        Assert.True(usage.GetProperty("costUsd").GetDecimal() > 0);
        Assert.Equal(4, root.GetProperty("trace").GetArrayLength());
        Assert.Contains("simulated", stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Run_Text_PrintsLabelledAnswerAndTraceTable()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);

        var (exit, stdout, _) = await Run("--config", config.Path, "--sim-latency-ms", "0", "What is 12 plus 7?");

        Assert.Equal(0, exit);
        Assert.StartsWith("No model endpoint", stdout, StringComparison.Ordinal);
        Assert.Contains("[simulated]", stdout, StringComparison.Ordinal);
        Assert.Contains("generator #0", stdout, StringComparison.Ordinal);
        Assert.Contains("fuser #0", stdout, StringComparison.Ordinal);
        Assert.Contains("critical path", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CommandHarness.SamplesThenFuser)] // the final fuser streams
    [InlineData("""{"name":"samples","layers":[[{"type":"generator","model":"sim-small","samples":3}]]}""")] // 3 samples: printed after the run
    public async Task Run_Stream_PrintsTheAnswerExactlyOnceBeforeTheTrace(string architecture)
    {
        using var config = new TempConfig(architecture);
        var (_, plain, _) = await Run("--config", config.Path, "--json", "--sim-latency-ms", "0", "What is 12 plus 7?");
        var answer = System.Text.Json.JsonDocument.Parse(plain).RootElement.GetProperty("answer").GetString()!;

        var (exit, stdout, _) = await Run("--config", config.Path, "--stream", "--sim-latency-ms", "0", "What is 12 plus 7?");

        Assert.Equal(0, exit);
        var at = stdout.IndexOf(answer, StringComparison.Ordinal);
        Assert.True(at > 0, stdout);
        Assert.Equal(-1, stdout.IndexOf(answer, at + 1, StringComparison.Ordinal));
        Assert.True(stdout.IndexOf("critical path", StringComparison.Ordinal) > at, stdout);
    }

    [Fact]
    public async Task Run_MaxCalls_StopsCleanlyAndSaysWhy()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);

        var (exit, stdout, _) = await Run("--config", config.Path, "--json", "--sim-latency-ms", "0", "--max-calls", "3", "What is 12 plus 7?");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("maxCalls", json.RootElement.GetProperty("stopReason").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("usage").GetProperty("calls").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("answer").GetString()));
    }

    [Fact]
    public async Task Run_MessagesFile_UsesConversation()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);
        using var messages = new TempConfig("""[{"role":"system","content":"Be brief."},{"role":"user","content":"What is 3 times 4?"}]""");

        var (exit, stdout, _) = await Run("--config", config.Path, "--json", "--sim-latency-ms", "0", "--messages", messages.Path);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(4, json.RootElement.GetProperty("usage").GetProperty("calls").GetInt32());
    }

    [Theory]
    [InlineData("--config", "x.json")]
    [InlineData("What is 2+2?")]
    [InlineData("--config", "x.json", "--max-calls", "zero", "What is 2+2?")]
    [InlineData("--config", "x.json", "--timeout", "-1", "What is 2+2?")]
    [InlineData("--config", "x.json", "--sim-latency-ms", "fast", "What is 2+2?")]
    [InlineData("--config", "x.json", "--messages", "m.json", "What is 2+2?")]
    [InlineData("--config", "x.json", "--max-call", "3", "What is 2+2?")]
    [InlineData("--config", "x.json", "--stream", "--json", "What is 2+2?")]
    public async Task Run_BadCommandLine_ExitsTwoWithMessage(params string[] args)
    {
        var (exit, stdout, stderr) = await Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("archon run: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidConfig_ExitsOneNamingThePath()
    {
        using var config = new TempConfig("""{"name":"bad","layers":[[{"type":"generator","model":"sim-small","samples":0}]]}""");

        var (exit, stdout, stderr) = await Run("--config", config.Path, "--json", "What is 2+2?");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("$.layers[0][0].samples", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownModelWithoutSimulate_ExitsOne_WithSimulateRuns()
    {
        using var config = new TempConfig("""{"name":"x","layers":[[{"type":"generator","model":"gpt-4o","samples":1}]]}""");

        var (exit, _, stderr) = await Run("--config", config.Path, "--json", "What is 2+2?");
        var (simExit, simOut, _) = await Run("--config", config.Path, "--json", "--simulate", "--sim-latency-ms", "0", "What is 2+2?");

        Assert.Equal(1, exit);
        Assert.Contains("gpt-4o", stderr, StringComparison.Ordinal);
        Assert.Equal(0, simExit);
        using var json = JsonDocument.Parse(simOut);
        Assert.Equal("gpt-4o", json.RootElement.GetProperty("trace")[0].GetProperty("model").GetString());
    }

    [Fact]
    public async Task Run_ModelNameWithControlCharacter_ExitsOneEvenSimulated()
    {
        using var config = new TempConfig("""{"name":"x","layers":[[{"type":"generator","model":"sim-large\r\nX-Injected: 1","samples":1}]]}""");

        var (exit, stdout, stderr) = await Run("--config", config.Path, "--json", "--simulate", "--sim-latency-ms", "0", "What is 2+2?");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("$.layers[0][0].model", stderr, StringComparison.Ordinal);
        Assert.Contains("control character U+000D at index 9", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Compare_ShowsBothArchitecturesSideBySide()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);
        using var single = new TempConfig("""{"name":"one-call","layers":[[{"type":"generator","model":"sim-small"}]]}""");

        var (exit, stdout, _) = await Run("--config", config.Path, "--compare", single.Path, "--sim-latency-ms", "0", "What is 12 plus 7?");

        Assert.Equal(0, exit);
        var table = stdout[stdout.IndexOf("side by side (simulated models)", StringComparison.Ordinal)..];
        Assert.Contains("small ", table, StringComparison.Ordinal);
        Assert.Contains("one-call ", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CompareJson_AddsTheComparedArchitecturesAnswerAndUsage()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);
        using var single = new TempConfig("""{"name":"one-call","layers":[[{"type":"generator","model":"sim-small"}]]}""");

        var (exit, stdout, _) = await Run("--config", config.Path, "--compare", single.Path, "--json", "--sim-latency-ms", "0", "What is 12 plus 7?");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(4, json.RootElement.GetProperty("usage").GetProperty("calls").GetInt32());
        var compared = Assert.Single(json.RootElement.GetProperty("compared").EnumerateArray());
        Assert.Equal("one-call", compared.GetProperty("architecture").GetString());
        Assert.Equal(1, compared.GetProperty("calls").GetInt32());
        Assert.True(compared.GetProperty("simulated").GetBoolean());
        Assert.False(string.IsNullOrEmpty(compared.GetProperty("answer").GetString()));
    }

    [Fact]
    public async Task Run_CompareInvalidConfig_ExitsOneNamingIt()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);
        using var bad = new TempConfig("""{"name":"bad","layers":[[{"type":"generator","model":"sim-small","samples":0}]]}""");

        var (exit, stdout, stderr) = await Run("--config", config.Path, "--compare", bad.Path, "What is 2+2?");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("[simulated]", stdout, StringComparison.Ordinal);
        Assert.Contains($"{bad.Path} is not a valid architecture", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReadmeMainCommand_AnswersItsOwnQuestionCorrectlyBesideTheSingleModel()
    {
        const string Prefix = "dotnet run --project src/Archon.Cli -- ";
        var line = File.ReadLines(RepositoryFiles.Path("README.md")).First(l => l.StartsWith(Prefix + "run ", StringComparison.Ordinal));
        var args = ShellWords(line[Prefix.Length..]);
        var question = args[^1];
        Assert.True(SyntheticTasks.TrySolve(question, out var expected), $"the README's question is not a synthetic task: {question}");

        var (exit, stdout, stderr) = await CliProcess.RunAsync([.. args[..^1], "--json", question]);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(expected, SyntheticTasks.ExtractAnswer(json.RootElement.GetProperty("answer").GetString()));
        Assert.True(json.RootElement.GetProperty("simulated").GetBoolean());
        var single = Assert.Single(json.RootElement.GetProperty("compared").EnumerateArray());
        Assert.Equal(1, single.GetProperty("calls").GetInt32());
    }

    // Splits a shell command line on spaces, keeping double-quoted words whole.
    private static string[] ShellWords(string line) =>
        System.Text.RegularExpressions.Regex.Matches(line, "\"([^\"]*)\"|(\\S+)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .ToArray();

    [Fact]
    public async Task Run_EndpointDown_ExitsThreeNamingTheComponentThatProducedNothing()
    {
        using var catalog = new TempConfig(DownEndpointCatalog());
        using var config = new TempConfig("""{"name":"down","layers":[[{"type":"generator","model":"down","samples":2}]]}""");

        var (exit, stdout, stderr) = await Run("--config", config.Path, "--catalog", catalog.Path, "--no-cache", "--json", "What is 2 + 2?");

        Assert.Equal(3, exit);
        Assert.Contains("layer 0 generator #0 (down) produced nothing", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("failed", json.RootElement.GetProperty("stopReason").GetString());
        Assert.Equal("generator", json.RootElement.GetProperty("failures")[0].GetProperty("component").GetString());
    }

    [Fact]
    public async Task Run_OptionalCriticOnEndpointDown_AnswersWithAWarning()
    {
        using var catalog = new TempConfig(DownEndpointCatalog());
        using var config = new TempConfig(
            """{"name":"opt","layers":[[{"type":"generator","model":"sim-small","samples":2}],[{"type":"critic","model":"down","optional":true}]]}""");

        var (exit, stdout, _) = await Run("--config", config.Path, "--catalog", catalog.Path, "--no-cache", "--sim-latency-ms", "0", "What is 2 + 2?");

        Assert.Equal(0, exit);
        Assert.Contains("optional component produced nothing", stdout, StringComparison.Ordinal);
    }

    // A loopback port nothing listens on: every call is refused.
    private static string DownEndpointCatalog()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $$"""
            { "models": [
              { "name": "down", "kind": "openai-compatible", "endpoint": "http://127.0.0.1:{{port}}/v1/", "maxRetries": 0 },
              { "name": "sim-small", "kind": "sim", "skill": 0.5 }
            ] }
            """;
    }
}
