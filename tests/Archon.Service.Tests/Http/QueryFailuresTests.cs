using System.ClientModel;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;
using Archon.Workflows.Engine;
using Archon.Workflows.Settings;
using OpenAI;
using OpenAI.Chat;

namespace Archon.Service.Tests.Http;

/// <summary>
/// An architecture whose model server always fails (a real OpenAI-compatible server on 127.0.0.1 answering 500): no
/// route answers 200 with an empty answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueryFailuresTests(AzuriteFixture azurite)
{
    private const string Architecture = "down-arch";

    [Fact]
    public async Task CompleteChat_ModelServerFails_OfficialClientGetsOpenAiError502()
    {
        await using var models = await FailingModelServer.StartAsync();
        await using var host = await StartAsync(models);
        var client = new ChatClient(Architecture, new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri(host.Address, "/api/v1") });

        var ex = await Assert.ThrowsAsync<ClientResultException>(() => client.CompleteChatAsync([new UserChatMessage("What is 1 + 1?")]));

        Assert.Equal(502, ex.Status);
        var error = JsonDocument.Parse(ex.GetRawResponse()!.Content.ToString()).RootElement.GetProperty("error");
        Assert.Equal("upstream_error", error.GetProperty("code").GetString());
        Assert.Equal("server_error", error.GetProperty("type").GetString());
        Assert.Contains(FailingModelServer.Model, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(models.Requests >= 1, "the model server was never called");
    }

    [Fact]
    public async Task Stream_ModelServerFailsBeforeAnyText_AnswersAnOrdinaryOpenAiError502()
    {
        await using var models = await FailingModelServer.StartAsync();
        await using var host = await StartAsync(models);

        using var response = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new
        {
            model = Architecture, stream = true, messages = new[] { new { role = "user", content = "What is 1 + 1?" } },
        });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("upstream_error", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostQuery_ModelServerFails_Returns502ProblemWithTheFailures()
    {
        await using var models = await FailingModelServer.StartAsync();
        await using var host = await StartAsync(models);

        using var response = await host.Client.PostAsJsonAsync("/api/query", new { architecture = Architecture, question = "What is 1 + 1?" });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(502, body.GetProperty("status").GetInt32());
        Assert.Equal("failed", body.GetProperty("stopReason").GetString());
        var failure = Assert.Single(body.GetProperty("failures").EnumerateArray());
        Assert.Equal(FailingModelServer.Model, failure.GetProperty("model").GetString());
        Assert.Contains("500", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineBeforeAnyAnswer_ChatAnswers503AndQueryKeepsThe200Shape()
    {
        await using var host = await TestHost.StartAsync(
            azurite, new Dictionary<string, string?> { ["Archon__QueryTimeoutSeconds"] = "1", ["Archon__SimLatencyMs"] = "3000" }, simulated: true);
        (await host.Client.PutAsJsonAsync("/api/architectures/slow", TestArchitectures.OneCall("slow"))).EnsureSuccessStatusCode();

        using var chat = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new
        {
            model = "slow", messages = new[] { new { role = "user", content = "What is 2 + 2?" } },
        });
        using var query = await host.Client.PostAsJsonAsync("/api/query", new { architecture = "slow", question = "What is 3 + 3?" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, chat.StatusCode);
        var error = (await chat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("no_answer", error.GetProperty("code").GetString());
        Assert.Contains("deadline", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        var body = await query.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("deadline", body.GetProperty("stopReason").GetString());
        Assert.Equal(string.Empty, body.GetProperty("answer").GetString());
    }

    private async Task<TestHost> StartAsync(FailingModelServer models)
    {
        var engine = EngineFactory.Create(new EngineOptions { ModelCatalog = models.Catalog, BlobCache = false }, null, TimeProvider.System, blobCache: null);
        var host = await TestHost.StartWithRunnerAsync(azurite, engine.Runner);
        var architecture = new
        {
            name = Architecture,
            layers = new[] { new[] { new { type = "generator", model = FailingModelServer.Model, temperature = 0.7, max_tokens = 64, samples = 1 } } },
        };
        (await host.Client.PutAsJsonAsync($"/api/architectures/{Architecture}", architecture)).EnsureSuccessStatusCode();
        return host;
    }
}
