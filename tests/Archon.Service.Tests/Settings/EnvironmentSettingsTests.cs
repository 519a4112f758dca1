using System.Diagnostics;
using System.Net;
using System.Text;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Settings;

/// <summary>Settings given as environment variables, as Azure app settings and containers give them, to a real <c>archon serve</c>.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EnvironmentSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Serve_MaxRequestBodyBytesFromTheEnvironment_RefusesALargerBody()
    {
        var settings = new Dictionary<string, string> { ["Archon__MaxRequestBodyBytes"] = "2048", ["Archon__TaskHub"] = "e" + Guid.NewGuid().ToString("N")[..12] };
        await using var serve = await ServeProcess.StartAsync(azurite, settings, "--simulate");
        var body = $$"""{"architecture": "single-model", "question": "{{new string('x', 20_000)}}"}""";

        var response = await serve.Client.PostAsync("/api/query", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Serve_InvalidNumberInTheEnvironment_StopsTheStartNamingTheSetting()
    {
        var (exit, output) = await ServeProcess.RunToExitAsync(
            azurite, new Dictionary<string, string> { ["Archon__QueryTimeoutSeconds"] = "not-a-number" }, TimeSpan.FromSeconds(60), "--simulate");

        Assert.Equal(2, exit);
        Assert.Contains("Archon__QueryTimeoutSeconds", output, StringComparison.Ordinal);
    }
}
