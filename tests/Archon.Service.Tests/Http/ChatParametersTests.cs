using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Http;

/// <summary>
/// The OpenAI sampling parameters of <c>POST /api/v1/chat/completions</c>: <c>temperature</c> and <c>max_tokens</c>
/// reach the model calls that write the answer; <c>n</c> other than 1, <c>stop</c> and out-of-range values are refused
/// with a 400 naming the parameter — none is ignored.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChatParametersTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("max_tokens")]
    [InlineData("max_completion_tokens")]
    public async Task Post_TemperatureAndTokenLimit_ReachTheFinalModelCall(string limitName)
    {
        var model = new RecordingChatClient();
        await using var host = await StartAsync(model);

        var body = $$"""{"model": "one-call", "temperature": 0.2, "{{limitName}}": 32, "n": 1, "stop": [], "messages": [{"role": "user", "content": "What is 1 + 1?"}]}""";
        using var response = await host.Client.PostAsync("/api/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var options = Assert.Single(model.Options);
        Assert.Equal(0.2f, options!.Temperature);
        Assert.Equal(32, options.MaxOutputTokens);
    }

    [Fact]
    public async Task Post_TokenLimitAboveTheArchitectures_KeepsTheArchitecturesLimit()
    {
        var model = new RecordingChatClient();
        await using var host = await StartAsync(model);

        using var response = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new
        {
            model = "one-call", max_tokens = 100_000, messages = new[] { new { role = "user", content = "What is 1 + 1?" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(256, Assert.Single(model.Options)!.MaxOutputTokens);
    }

    [Theory]
    [InlineData("\"n\": 2", "n", "unsupported_value")]
    [InlineData("\"n\": \"one\"", "n", "unsupported_value")]
    [InlineData("\"stop\": [\"\\n\"]", "stop", "unsupported_parameter")]
    [InlineData("\"stop\": \"END\"", "stop", "unsupported_parameter")]
    [InlineData("\"temperature\": 2.5", "temperature", "invalid_value")]
    [InlineData("\"temperature\": \"hot\"", "temperature", "invalid_value")]
    [InlineData("\"max_tokens\": 0", "max_tokens", "invalid_value")]
    [InlineData("\"max_completion_tokens\": 1.5", "max_completion_tokens", "invalid_value")]
    public async Task Post_RefusedParameter_Returns400NamingIt(string parameter, string param, string code)
    {
        var model = new RecordingChatClient();
        await using var host = await StartAsync(model);

        var body = $$"""{"model": "one-call", {{parameter}}, "messages": [{"role": "user", "content": "What is 1 + 1?"}]}""";
        using var response = await host.Client.PostAsync("/api/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Empty(model.Options);
    }

    [Fact]
    public async Task Post_TemperatureForAnArchitectureEndingInARanker_Returns400()
    {
        var model = new RecordingChatClient();
        await using var host = await StartAsync(model);
        var ranked = new
        {
            name = "ranked",
            layers = new object[]
            {
                new[] { new { type = "generator", model = "scripted", temperature = 0.7, max_tokens = 256, samples = 2 } },
                new[] { new { type = "ranker", model = "scripted", temperature = 0.7, max_tokens = 256, top_k = 1 } },
            },
        };
        (await host.Client.PutAsJsonAsync("/api/architectures/ranked", ranked)).EnsureSuccessStatusCode();

        using var response = await host.Client.PostAsJsonAsync("/api/v1/chat/completions", new
        {
            model = "ranked", temperature = 0.1, messages = new[] { new { role = "user", content = "What is 1 + 1?" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("temperature", error.GetProperty("param").GetString());
        Assert.Contains("ranker", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<TestHost> StartAsync(RecordingChatClient model)
    {
        var host = await TestHost.StartWithRunnerAsync(azurite, new ArchitectureRunner(new ScriptedModelResolver(model), BuiltInComponents.CreateRegistry()));
        var oneCall = new
        {
            name = "one-call",
            layers = new[] { new[] { new { type = "generator", model = "scripted", temperature = 0.7, max_tokens = 256, samples = 1 } } },
        };
        (await host.Client.PutAsJsonAsync("/api/architectures/one-call", oneCall)).EnsureSuccessStatusCode();
        return host;
    }
}
