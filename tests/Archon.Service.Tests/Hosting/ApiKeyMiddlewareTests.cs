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
    public async Task UnderTheFunctionsHost_KeyIsLeftToTheHost()
    {
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?>
        {
            ["Archon__ApiKey"] = "s3cret",
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/health")).StatusCode);
    }
}
