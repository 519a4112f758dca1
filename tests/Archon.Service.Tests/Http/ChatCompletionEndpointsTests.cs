using System.ClientModel;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archon.Service.Tests.Support;
using OpenAI;
using OpenAI.Chat;

namespace Archon.Service.Tests.Http;

[Collection(AzuriteCollection.Name)]
public sealed class ChatCompletionEndpointsTests
{
    private readonly AzuriteFixture _azurite;

    public ChatCompletionEndpointsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task CompleteChat_OfficialClient_ReturnsTheArchitecturesAnswerAndUsage()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        await SaveTwoLayerAsync(host);
        var client = Client(host, "two-layer");

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("What is 20 + 22?")]);

        Assert.EndsWith("Answer: 42", completion.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.Equal(20, completion.Usage.InputTokenCount); // two calls of 10 input tokens: usage counts every call
        Assert.Equal(10, completion.Usage.OutputTokenCount);
    }

    [Fact]
    public async Task CompleteChatStreaming_OfficialClient_StreamsTheFinalAnswerInChunks()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        await SaveTwoLayerAsync(host);
        var client = Client(host, "two-layer");

        var text = new StringBuilder();
        var chunks = 0;
        ChatFinishReason? finish = null;
        ChatTokenUsage? usage = null;
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("What is 100 + 1?")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
                chunks++;
            }

            finish ??= update.FinishReason;
            usage ??= update.Usage;
        }

        Assert.Equal("The sum is 101.\nAnswer: 101", text.ToString());
        Assert.True(chunks > 1, $"expected several chunks, got {chunks}");
        Assert.Equal(ChatFinishReason.Stop, finish);
        Assert.NotNull(usage);
        Assert.Equal(20, usage!.InputTokenCount);
    }

    [Fact]
    public async Task Stream_RawResponse_EndsWithDone()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        await SaveTwoLayerAsync(host);
        var response = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new
        {
            model = "two-layer",
            stream = true,
            messages = new[] { new { role = "user", content = "What is 1 + 1?" } },
        });

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("data: [DONE]\n\n", body);
        Assert.Contains("\"object\":\"chat.completion.chunk\"", body);
    }

    [Fact]
    public async Task CompleteChat_UnknownModel_ThrowsWithOpenAiError404()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var client = Client(host, "no-such-architecture");

        var ex = await Assert.ThrowsAsync<ClientResultException>(() => client.CompleteChatAsync([new UserChatMessage("hi")]));

        Assert.Equal(404, ex.Status);
        Assert.Contains("model_not_found", ex.GetRawResponse()!.Content.ToString());
    }

    [Theory]
    [InlineData("{oops", null)]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", "model")]
    [InlineData("{\"model\": \"two-layer\"}", "messages")]
    [InlineData("{\"model\": \"two-layer\", \"messages\": [{\"role\": \"user\"}]}", "messages")]
    public async Task Post_MalformedBody_Returns400InOpenAiErrorShape(string json, string? param)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        await SaveTwoLayerAsync(host);
        var response = await host.Client.PostAsync("/api/v1/chat/completions", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        if (param is not null)
        {
            Assert.Equal(param, error.GetProperty("param").GetString());
        }
    }

    private static ChatClient Client(TestHost host, string model) =>
        new(model, new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri(host.Address, "/api/v1") });

    private static async Task SaveTwoLayerAsync(TestHost host)
    {
        var architecture = new
        {
            name = "two-layer",
            layers = new object[]
            {
                new[] { new { type = "generator", model = "sim-medium", samples = 1 } },
                new[] { new { type = "fuser", model = "sim-large", samples = 1 } },
            },
        };
        (await host.Client.PutAsJsonAsync("/api/architectures/two-layer", architecture)).EnsureSuccessStatusCode();
    }
}
