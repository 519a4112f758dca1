using Archon.Core.Models;
using Archon.Models.Setup;
using Archon.Models.Tests.TestDoubles;
using Microsoft.Extensions.AI;

namespace Archon.Models.Tests.Providers;

/// <summary>The Azure OpenAI client (key auth) through the pipeline against the local protocol server.</summary>
public sealed class AzureOpenAIEndpointTests : IAsyncLifetime
{
    private OpenAIProtocolTestServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAIProtocolTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetResponse_AzureKindWithKey_CallsDeploymentWithApiKeyAndRetries429()
    {
        var variable = "ARCHON_TEST_AZURE_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "azure-test-key");
        _server.Enqueue(ServerStep.TooManyRequests("0"));
        var root = _server.BaseUrl.GetLeftPart(UriPartial.Authority) + "/";
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = $$"""{ "models": [ { "name": "gpt-4o", "kind": "azure-openai", "endpoint": "{{root}}", "deployment": "gpt-4o-prod", "apiKeyEnv": "{{variable}}", "maxRetries": 2 } ] }""",
        });

        var response = await setup.Resolver.Resolve("gpt-4o")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal(_server.ReplyText, response.Text);
        Assert.Equal(1, response.AdditionalProperties![ArchonChatKeys.Retries]);
        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("azure-test-key", r.ApiKeyHeader));
        Assert.Contains(_server.Requests, r => r.Path.Contains("gpt-4o-prod", StringComparison.Ordinal) || r.Body.Contains("gpt-4o-prod", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_AzureKindWithEntra_BuildsClientWithoutNetworkOrKey()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = """{ "models": [ { "name": "gpt-4o", "kind": "azure-openai", "endpoint": "https://contoso.openai.azure.com/" } ] }""",
        });
        var model = setup.Resolver.Resolve("gpt-4o")!;
        Assert.False(model.Simulated);
        Assert.NotNull(model.Client.GetService<ChatClientMetadata>());
    }
}
