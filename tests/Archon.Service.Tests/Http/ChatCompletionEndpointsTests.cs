using System.ClientModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Workflows.Engine;
using Archon.Workflows.Settings;
using Archon.Workflows.Telemetry;
using Archon.Service.Tests.Support;
using Microsoft.Extensions.Configuration;
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
    public async Task Models_EveryListedId_IsAcceptedByTheArchitectureAndChatRoutes()
    {
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var ids = (await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/models")).GetProperty("data").EnumerateArray()
            .Select(m => m.GetProperty("id").GetString()!).ToList();

        Assert.Contains(ids, id => id.Contains('.', StringComparison.Ordinal) && id.Length > 64);
        foreach (var id in ids)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync($"/api/architectures/{id}")).StatusCode);
            var chat = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new { model = id, messages = new[] { new { role = "user", content = "What is 2 + 2?" } } });
            Assert.True(chat.StatusCode == HttpStatusCode.OK, $"{id}: {(int)chat.StatusCode} {await chat.Content.ReadAsStringAsync()}");
        }
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
    public async Task Stream_FinalFuser_FirstChunkIsSentWhileItsModelCallIsStillRunning()
    {
        var model = new ScriptedStreamingClient();
        await using var host = await TestHost.StartWithRunnerAsync(_azurite, RunnerOver(model));
        await SaveTwoLayerAsync(host);

        using var response = await PostStreamAsync(host, "What is 1 + 1?");
        var content = new StringBuilder();
        var finishes = new List<string>();
        var events = new List<string>();
        await foreach (var (data, _) in EventsAsync(response))
        {
            events.Add(data);
            if (Delta(data) is { } delta)
            {
                content.Append(delta);
                // The model's reply does not go on until the test has received its first part over HTTP.
                model.Gate.TrySetResult();
            }

            if (Finish(data) is { } finish)
            {
                finishes.Add(finish);
            }
        }

        Assert.Equal(ScriptedStreamingClient.FirstPart + ScriptedStreamingClient.SecondPart, content.ToString());
        Assert.Equal(ScriptedStreamingClient.FirstPart, Delta(events[1])); // after the role chunk, the first delta as the model sent it
        Assert.Equal(["stop"], finishes);
        Assert.Equal("[DONE]", events[^1]);
    }

    [Fact]
    public async Task Stream_SimulatedLatency_ChunksArriveSpreadOverTheFinalCall()
    {
        const int latencyMs = 800;
        await using var host = await TestHost.StartWithRunnerAsync(_azurite, SimulatedRunner(latencyMs));
        await SaveTwoLayerAsync(host);

        using var response = await PostStreamAsync(host, "Describe a quiet harbour at dawn.");
        var arrivals = new List<long>();
        var content = new StringBuilder();
        long done = 0;
        await foreach (var (data, at) in EventsAsync(response))
        {
            if (Delta(data) is { Length: > 0 } delta)
            {
                arrivals.Add(at);
                content.Append(delta);
            }

            if (data == "[DONE]")
            {
                done = at;
            }
        }

        Assert.StartsWith("[simulated]", content.ToString(), StringComparison.Ordinal);
        Assert.True(arrivals.Count >= 4, $"expected the fuser's words as separate chunks, got {arrivals.Count}");
        // The simulated fuser spreads its words over its latency: had the endpoint waited for the whole query, every
        // chunk would arrive together just before [DONE].
        var firstBeforeDone = Stopwatch.GetElapsedTime(arrivals[0], done);
        Assert.True(firstBeforeDone >= TimeSpan.FromMilliseconds(latencyMs / 2), $"first chunk only {firstBeforeDone.TotalMilliseconds:0} ms before [DONE]");
    }

    [Fact]
    public async Task Stream_RepeatedQuestion_CachedFinalReplyArrivesAsOneChunkWithTheSameText()
    {
        await using var host = await TestHost.StartWithRunnerAsync(_azurite, SimulatedRunner(latencyMs: 0));
        await SaveTwoLayerAsync(host);

        var first = await StreamedContentAsync(host, "Name three rivers.");
        var second = await StreamedContentAsync(host, "Name three rivers.");

        Assert.True(first.Count > 1, $"expected several chunks from the model, got {first.Count}");
        Assert.Equal(string.Concat(first), Assert.Single(second));
    }

    [Fact]
    public async Task Stream_FinalCallFailsAfterFirstChunk_SendsOpenAiErrorEventThenDone()
    {
        var model = new ScriptedStreamingClient { FailAfterFirstPart = true };
        await using var host = await TestHost.StartWithRunnerAsync(_azurite, RunnerOver(model));
        await SaveTwoLayerAsync(host);

        using var response = await PostStreamAsync(host, "What is 1 + 1?");
        var events = new List<string>();
        await foreach (var (data, _) in EventsAsync(response))
        {
            events.Add(data);
            if (Delta(data) is { Length: > 0 })
            {
                model.Gate.TrySetResult();
            }
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ScriptedStreamingClient.FirstPart, Delta(events[1]));
        var error = JsonDocument.Parse(events[^2]).RootElement.GetProperty("error");
        Assert.Equal("stream_interrupted", error.GetProperty("code").GetString());
        Assert.Equal("server_error", error.GetProperty("type").GetString());
        Assert.Equal("[DONE]", events[^1]);
        Assert.DoesNotContain(events, e => Finish(e) is not null);
    }

    [Fact]
    public async Task CompleteChatStreaming_OfficialClientAndFinalCallFailsPartWay_EndsWithoutFinishReason()
    {
        var model = new ScriptedStreamingClient { FailAfterFirstPart = true };
        await using var host = await TestHost.StartWithRunnerAsync(_azurite, RunnerOver(model));
        await SaveTwoLayerAsync(host);
        var client = Client(host, "two-layer");
        var text = new StringBuilder();
        var finishes = new List<ChatFinishReason>();

        // The .NET client neither throws on the error event nor reports a finish reason: the missing finish reason is
        // how its callers tell an interrupted answer from a complete one.
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("What is 1 + 1?")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
                model.Gate.TrySetResult();
            }

            if (update.FinishReason is { } finish)
            {
                finishes.Add(finish);
            }
        }

        Assert.Equal(ScriptedStreamingClient.FirstPart, text.ToString());
        Assert.Empty(finishes);
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

    [Fact]
    public async Task Post_UnknownModelNamedByTheLongestNameAllowed_Returns404QuotingItClipped()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var model = new string('m', 256);
        var response = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new { model, messages = new[] { new { role = "user", content = "hi" } } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("model_not_found", error.GetProperty("code").GetString());
        Assert.Equal("model", error.GetProperty("param").GetString());
        Assert.Equal(
            $"The model '{new string('m', 200)}… (256 characters)' does not exist: it names no saved architecture.",
            error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(20_000, "", "it is 20,000 characters long")]
    [InlineData(9, "\n", "U+000A at index 9")]
    public async Task Post_ModelNameBreakingTheNameRule_Returns400InOpenAiErrorShapeWithoutEchoingIt(int length, string suffix, string why)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var model = new string('a', length) + suffix;
        var response = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new { model, messages = new[] { new { role = "user", content = "hi" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal("model", error.GetProperty("param").GetString());
        var message = error.GetProperty("message").GetString();
        Assert.StartsWith("'model' must be at most 256 characters with no control characters, but ", message, StringComparison.Ordinal);
        Assert.EndsWith(why, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/v1/embeddings")]
    [InlineData("GET", "/api/v1/no-such-route")]
    public async Task UnknownV1Route_Returns404InOpenAiErrorShape(string method, string path)
    {
        await using var host = await TestHost.StartAsync(_azurite);

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("unknown_url", error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Contains(path, error.GetProperty("message").GetString(), StringComparison.Ordinal);
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

    private static IArchitectureRunner RunnerOver(ScriptedStreamingClient model) =>
        new ArchitectureRunner(new ScriptedModelResolver(model), BuiltInComponents.CreateRegistry());

    private static IArchitectureRunner SimulatedRunner(int latencyMs)
    {
        var settings = new EngineOptions { SimLatencyMs = latencyMs };
        return EngineFactory.Create(settings, null, TimeProvider.System, blobCache: null).Runner;
    }

    private static async Task<HttpResponseMessage> PostStreamAsync(TestHost host, string question)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat/completions")
        {
            Content = JsonContent.Create(new { model = "two-layer", stream = true, messages = new[] { new { role = "user", content = question } } }),
        };
        var response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return response;
    }

    private static async Task<List<string>> StreamedContentAsync(TestHost host, string question)
    {
        using var response = await PostStreamAsync(host, question);
        var pieces = new List<string>();
        await foreach (var (data, _) in EventsAsync(response))
        {
            if (Delta(data) is { Length: > 0 } delta)
            {
                pieces.Add(delta);
            }
        }

        return pieces;
    }

    /// <summary>The <c>data:</c> payloads of a server-sent event stream, each with the timestamp it was read at.</summary>
    private static async IAsyncEnumerable<(string Data, long At)> EventsAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                yield return (line["data: ".Length..], Stopwatch.GetTimestamp());
            }
        }
    }

    private static string? Delta(string data) =>
        data.StartsWith('{') && JsonDocument.Parse(data).RootElement.TryGetProperty("choices", out var choices) && choices.GetArrayLength() > 0
        && choices[0].GetProperty("delta").TryGetProperty("content", out var content)
            ? content.GetString()
            : null;

    private static string? Finish(string data) =>
        data.StartsWith('{') && JsonDocument.Parse(data).RootElement.TryGetProperty("choices", out var choices) && choices.GetArrayLength() > 0
        && choices[0].GetProperty("finish_reason") is { ValueKind: JsonValueKind.String } finish
            ? finish.GetString()
            : null;

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
