using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Searches;

[Collection(AzuriteCollection.Name)]
public sealed class SearchOrchestratorTests
{
    private readonly AzuriteFixture _azurite;

    public SearchOrchestratorTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Search_ThreeCandidates_RunsEveryTrialAndPicksTheBest()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/searches", new
        {
            architectures = new object[] { TestArchitectures.OneCall("wrong-a"), TestArchitectures.OneCall("right-b"), TestArchitectures.OneCall("wrong-c") },
            items = SyntheticItems.Create(6, 7000),
            parallel = 2,
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var state = await Polling.UntilAsync(
            () => host.Client.GetFromJsonAsync<JsonElement>($"/api/searches/{id}"),
            s => s.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(60),
            "search completion");

        Assert.Equal("completed", state.GetProperty("status").GetString());
        Assert.Equal(3, state.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.All(state.GetProperty("trials").EnumerateArray(), t => Assert.Equal("completed", t.GetProperty("status").GetString()));
        Assert.Equal("right-b", state.GetProperty("best").GetProperty("architecture").GetString());
        Assert.Equal(1.0, state.GetProperty("best").GetProperty("score").GetDouble());
        // Each candidate evaluated each item once: 3 architectures x 6 items.
        Assert.All(SyntheticItems.Questions(6, 7000), q => Assert.Equal(3, host.Runner.RunsByQuestion[q]));
    }

    [Fact]
    public async Task Post_NoCandidates_Returns400()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/searches", new { architectures = Array.Empty<object>(), items = SyntheticItems.Create(1, 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("architectures", out _));
    }
}
