using System.ClientModel;
using System.Text.Json;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Models.Setup;
using Archon.Models.Tests.TestDoubles;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Tests.Providers;

/// <summary>An upstream that echoes the API key in its 401: the key must appear nowhere Archon writes.</summary>
public sealed class SecretRedactionTests : IAsyncLifetime
{
    // Shaped like no known key format, so only the setup's knowledge of the key can remove it.
    private const string Key = "zzQ7Wk2Lp9Vt4Rm8Xy3Nb6Hc1Jd5Fg0";
    private readonly string _variable = "ARCHON_TEST_ECHO_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    private readonly ListLoggerProvider _logs = new();
    private OpenAIProtocolTestServer _server = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable(_variable, Key);
        _server = await OpenAIProtocolTestServer.StartAsync();
        _server.Rule = r => ServerStep.Error(401, $"Incorrect API key provided: {Key}. You sent: {r.Authorization}") with
        {
            Headers = [("x-echo", r.Authorization)],
        };
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_variable, null);
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Call_UpstreamEchoesTheKey_ExceptionCarriesNoKey()
    {
        var client = Setup().Resolver.Resolve("echo")!.Client;

        var ex = await Assert.ThrowsAsync<ClientResultException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(401, ex.Status);
        Assert.Contains("Incorrect API key provided", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, ex.GetRawResponse()!.Content.ToString(), StringComparison.Ordinal);
        Assert.All(ex.GetRawResponse()!.Headers, h => Assert.DoesNotContain(Key, h.Value, StringComparison.Ordinal));
        Assert.Contains(_server.Requests, r => r.Authorization.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_UpstreamEchoesTheKey_NoKeyInResultTraceWarningsOrLogs()
    {
        var setup = Setup();
        var registry = BuiltInComponents.CreateRegistry(setup.LoggerFactory);
        var load = ArchitectureLoader.Parse(
            """{"name":"t","layers":[[{"type":"generator","model":"echo","samples":2}],[{"type":"critic","model":"echo"}]]}""", "test");
        var runner = new ArchitectureRunner(setup.Resolver, registry, logger: setup.LoggerFactory.CreateLogger<ArchitectureRunner>());

        var result = await runner.RunAsync(load.Architecture!, [new ChatMessage(ChatRole.User, "What is 2 + 2?")]);

        Assert.True(result.Failed);
        var stored = JsonSerializer.Serialize(result);
        Assert.Contains("Incorrect API key provided", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, stored, StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Messages);
        Assert.Contains(_logs.Messages, m => m.Contains("Incorrect API key provided", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Messages, m => m.Contains(Key, StringComparison.Ordinal));
    }

    private ModelSetupResult Setup() => ModelSetup.Create(new ModelSetupOptions
    {
        CatalogJson = $$"""{ "models": [ { "name": "echo", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "apiKeyEnv": "{{_variable}}", "maxRetries": 0 } ] }""",
        LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)),
        CacheCapacity = 0,
    });
}
