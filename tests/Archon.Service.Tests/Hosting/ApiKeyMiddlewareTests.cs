using Archon.LocalHost;
using Microsoft.Extensions.Configuration;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class ApiKeyMiddlewareTests
{
    private readonly AzuriteFixture _azurite;

    public ApiKeyMiddlewareTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Request_WithoutKey_Is401OnEveryRoute()
    {
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?> { ["Archon__ApiKey"] = "s3cret" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsync("/BenchWork", new StringContent("{}"))).StatusCode);
        var v1 = await host.Client.GetAsync("/api/v1/models");
        Assert.Equal(HttpStatusCode.Unauthorized, v1.StatusCode);
        Assert.Equal("invalid_api_key", JsonDocument.Parse(await v1.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Request_WithBearerOrApiKeyHeader_IsServed()
    {
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?> { ["Archon__ApiKey"] = "s3cret" });

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(bearer)).StatusCode);

        using var apiKey = new HttpRequestMessage(HttpMethod.Get, "/api/v1/models");
        apiKey.Headers.Add("api-key", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(apiKey)).StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-not");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Create_BeyondLoopbackWithoutAKey_IsRefusedNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<ServiceConfigurationException>(() => ArchonWebApp.CreateAsync(
            [], _ => throw new InvalidOperationException("not reached"), "http://0.0.0.0:0",
            c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = _azurite.ConnectionString }), inMemoryTaskHub: true));

        Assert.Contains("Archon__ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("--insecure", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071", null)]
    [InlineData("http://localhost:7071;http://[::1]:7072", null)]
    [InlineData("http://0.0.0.0:7071", "http://0.0.0.0:7071")]
    [InlineData("http://127.0.0.1:1;http://*:7071", "http://*:7071")]
    [InlineData("http://10.1.2.3:80", "http://10.1.2.3:80")]
    public void FirstBeyondLoopback_NamesTheFirstOpenAddress(string urls, string? open) =>
        Assert.Equal(open, ListenAddresses.FirstBeyondLoopback(urls));
}
