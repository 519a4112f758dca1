using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Http;

[Collection(AzuriteCollection.Name)]
public sealed class ArchitectureEndpointsTests
{
    private readonly AzuriteFixture _azurite;

    public ArchitectureEndpointsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task PutThenGet_ValidArchitecture_RoundTripsThroughBlobStorage()
    {
        await using (var first = await TestHost.StartAsync(_azurite))
        {
            var put = await first.Client.PutAsJsonAsync("/api/architectures/round-trip", TestArchitectures.OneCall("round-trip"));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        // A second instance sees it: it lives in the blob container, not in memory.
        await using var second = await TestHost.StartAsync(_azurite);
        var json = await second.Client.GetFromJsonAsync<JsonElement>("/api/architectures/round-trip");
        Assert.Equal("round-trip", json.GetProperty("name").GetString());
        var models = await second.Client.GetFromJsonAsync<JsonElement>("/api/v1/models");
        Assert.Contains(models.GetProperty("data").EnumerateArray(), m => m.GetProperty("id").GetString() == "round-trip");
    }

    [Fact]
    public async Task Put_UnknownComponentType_Returns400WithThePath()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var bad = new { name = "bad", layers = new[] { new[] { new { type = "summoner", model = "sim-large" } } } };
        var response = await host.Client.PutAsJsonAsync("/api/architectures/bad", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("$.layers[0][0]", text);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/architectures/bad")).StatusCode);
    }

    [Fact]
    public async Task Put_ModelNameOverTheLengthLimitOnSimulatedModels_Returns400NamingTheFieldAndTheRule()
    {
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var bad = new { name = "long-model", layers = new[] { new[] { new { type = "generator", model = new string('m', 20_000) } } } };
        var response = await host.Client.PutAsJsonAsync("/api/architectures/long-model", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            "$.layers[0][0].model: 'model' must be at most 256 characters with no control characters, but it is 20,000 characters long.",
            Assert.Single(problem.GetProperty("errors").GetProperty("architecture").EnumerateArray()).GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/architectures/long-model")).StatusCode);
    }

    [Fact]
    public async Task Put_InvalidName_Returns400()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PutAsJsonAsync("/api/architectures/..%2Fescape", TestArchitectures.OneCall());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetModels_DefaultExamplesFolder_ListsTheRepositoryExamples()
    {
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?> { ["Archon__ExamplesPath"] = null });

        var models = await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/models");
        var ids = models.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("single-model", ids);
        Assert.Contains("ensemble", ids);
    }

    [Fact]
    public async Task GetModels_FreshStart_ListsTheExampleArchitectures()
    {
        var folder = Directory.CreateTempSubdirectory("archon-examples").FullName;
        File.WriteAllText(Path.Combine(folder, "example-one.json"), JsonSerializer.Serialize(TestArchitectures.OneCall("example-one")));
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?> { ["Archon__ExamplesPath"] = folder });

        var models = await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/models");
        var ids = models.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("example-one", ids);
        Assert.Equal("list", models.GetProperty("object").GetString());
        var json = await host.Client.GetFromJsonAsync<JsonElement>("/api/architectures/example-one");
        Assert.Equal("example-one", json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Put_BuiltInName_Returns409AndTheBuiltInStays()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var before = await host.Client.GetStringAsync("/api/architectures/ensemble");

        var response = await host.Client.PutAsJsonAsync("/api/architectures/ensemble", TestArchitectures.OneCall("ensemble"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Contains("built-in", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.Client.GetStringAsync("/api/architectures/ensemble"));
        Assert.Equal(4, JsonDocument.Parse(before).RootElement.GetProperty("layers").GetArrayLength());
    }

    [Theory]
    [InlineData("POST", "/api/query", """{"architecture": "no-such-arch", "question": "What is 1 + 1?"}""")]
    [InlineData("POST", "/api/query?mode=async", """{"architecture": "no-such-arch", "question": "What is 1 + 1?"}""")]
    [InlineData("POST", "/api/v1/chat/completions", """{"model": "no-such-arch", "messages": [{"role": "user", "content": "hi"}]}""")]
    [InlineData("POST", "/api/benchmarks", """{"architecture": "no-such-arch", "items": [{"question": "What is 1 + 1?", "answer": "2"}]}""")]
    [InlineData("POST", "/api/searches", """{"architectures": ["no-such-arch"], "items": [{"question": "What is 1 + 1?", "answer": "2"}]}""")]
    [InlineData("GET", "/api/architectures/no-such-arch", null)]
    public async Task UnknownArchitecture_EveryRoute_Returns404(string method, string path, string? body)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await host.Client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{(int)response.StatusCode} {text}");
        Assert.Contains("no-such-arch", text, StringComparison.Ordinal);
    }

    // A name of 100,000 characters, then one holding a control character: neither is repeated whole.
    [Theory]
    [InlineData("/api/query", """{"architecture": NAME, "question": "What is 1 + 1?"}""")]
    [InlineData("/api/query?mode=async", """{"architecture": NAME, "question": "What is 1 + 1?"}""")]
    [InlineData("/api/benchmarks", """{"architecture": NAME, "items": [{"question": "What is 1 + 1?", "answer": "2"}]}""")]
    [InlineData("/api/benchmarks", """{"architecture": INLINE, "dataset": "mt-bench", "judge": NAME, "items": []}""")]
    [InlineData("/api/searches", """{"architectures": [NAME], "items": [{"question": "What is 1 + 1?", "answer": "2"}]}""")]
    [InlineData("/api/searches", """{"architectures": [INLINE], "dataset": "mt-bench", "judge": NAME, "items": []}""")]
    public async Task UnknownArchitecture_NameTooLongOrWithControlCharacters_Returns404QuotingItClipped(string path, string template)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var inline = JsonSerializer.Serialize(TestArchitectures.OneCall());

        var longDetail = await NotFoundDetailAsync(host, path, template.Replace("INLINE", inline, StringComparison.Ordinal), new string('n', 100_000));
        var controlDetail = await NotFoundDetailAsync(host, path, template.Replace("INLINE", inline, StringComparison.Ordinal), "no-such\u0007arch\r\nforged");

        Assert.Contains($"'{new string('n', 200)}… (100,000 characters)'", longDetail, StringComparison.Ordinal);
        Assert.True(longDetail.Length < 400, $"the detail holds {longDetail.Length:N0} characters");
        Assert.Contains("'no-such arch  forged'", controlDetail, StringComparison.Ordinal);
    }

    private static async Task<string> NotFoundDetailAsync(TestHost host, string path, string template, string name)
    {
        var body = template.Replace("NAME", JsonSerializer.Serialize(name), StringComparison.Ordinal);
        using var response = await host.Client.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
    }
}
