using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Searches;

/// <summary>Space search requests that break a rule are a 400 naming the field and the rule, before anything is stored.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SearchRequestReaderTests
{
    private readonly AzuriteFixture _azurite;

    public SearchRequestReaderTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public static TheoryData<string, string, string> InvalidSpaces => new()
    {
        // space JSON (the items and maxTrials are valid), field, part of the rule
        { """{"ranking": ["sim-small"], "fusion": {"layers": [0, 9]}}""", "space.fusion.layers", "values must lie in 1..4" },
        { """{"ranking": []}""", "space.ranking", "needs at least one model" },
        { """{"ranking": ["sim-small"], "generators": {"samples": "many"}}""", "space.generators.samples", "must be an integer" },
        { """{"ranking": ["sim-small"], "generators": {"topK": {"min": 1}}}""", "space.generators.topK.max", "is required in a range" },
        { """{"ranking": ["sim-small"], "constraints": {"maxCallsPerQuery": 1}}""", "space.constraints", "no architecture meets the constraints" },
        { """{"rankingFile": "/etc/passwd"}""", "space.rankingFile", "not available in the service" },
        { "[1, 2]", "space", "must be a search space object" },
        { """{"ranking": ["sim-small"], "generators": {"samples": {"min": 1, "max": 2000000000}}}""", "space.generators.samples", "values must lie in 1..1000" },
        { """{"ranking": ["sim-small"], "fusion": {"rankingFile": "/etc/passwd", "models": {"top": 1}}}""", "space.fusion.rankingFile", "ranking files are read only" },
    };

    [Theory]
    [MemberData(nameof(InvalidSpaces))]
    public async Task Post_InvalidSpace_Returns400NamingTheField(string space, string field, string rule)
    {
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        using var doc = JsonDocument.Parse(space);

        var errors = await PostInvalidAsync(host, new { space = doc.RootElement, maxTrials = 2, items = SyntheticItems.Create(2, 1) });

        Assert.True(errors.TryGetProperty(field, out var messages), $"expected an error on {field}: {errors}");
        Assert.Contains(rule, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SpaceWithUnknownModel_Returns400NamingIt()
    {
        // Not simulating everything: models must be in the catalog (here one simulated model).
        var settings = new Dictionary<string, string?>
        {
            ["Archon__Simulate"] = "false",
            ["Archon__ModelCatalog"] = """{"models": [{"name": "sim-small", "kind": "sim"}]}""",
        };
        await using var host = await TestHost.StartAsync(_azurite, settings, simulated: true);
        var errors = await PostInvalidAsync(host, new
        {
            space = new { ranking = new[] { "sim-small" }, fusion = new { models = new[] { "no-such-model" } } }, maxTrials = 2, items = SyntheticItems.Create(2, 1),
        });

        Assert.Contains("no-such-model", errors.GetProperty("space")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strategy", "\"annealing\"", "must be one of random, greedy, bayes")]
    [InlineData("maxTrials", "0", "an integer from 1 to 1000")]
    [InlineData("budgetUsd", "-1", "must be a positive number")]
    [InlineData("budgetCalls", "1.5", "must be a positive integer")]
    [InlineData("seed", "\"x\"", "must be an integer")]
    [InlineData("parallel", "0", "from 1 to 64")]
    public async Task Post_InvalidSearchSetting_Returns400NamingTheField(string field, string value, string rule)
    {
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(
            $$"""{"space": {"ranking": ["sim-small"]}, "maxTrials": 2, "items": [{"question": "What is 1 + 1?", "answer": "2"}], "{{field}}": {{value}}}""")!;

        var errors = await PostInvalidAsync(host, body);

        Assert.True(errors.TryGetProperty(field, out var messages), $"expected an error on {field}: {errors}");
        Assert.Contains(rule, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20_000, "", "but it is 20,000 characters long")]
    [InlineData(4, "\n", "it holds the control character U+000A at index 4")]
    public async Task Post_DatasetNameBreakingTheRule_Returns400NamingDataset(int length, string suffix, string reason)
    {
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);

        var errors = await PostInvalidAsync(host, new
        {
            dataset = new string('d', length) + suffix, space = new { ranking = new[] { "sim-small" } }, maxTrials = 2, items = SyntheticItems.Create(2, 1),
        });

        Assert.True(errors.TryGetProperty("dataset", out var messages), $"expected an error on dataset: {errors}");
        Assert.Contains("must be at most 256 characters with no control characters", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(reason, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SpaceAndCandidates_Returns400()
    {
        await using var host = await TestHost.StartAsync(_azurite, simulated: true);
        var errors = await PostInvalidAsync(host, new
        {
            space = new { ranking = new[] { "sim-small" } }, architectures = new[] { "single-model" }, maxTrials = 2, items = SyntheticItems.Create(2, 1),
        });

        Assert.Contains("not both", errors.GetProperty("space")[0].GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PostInvalidAsync(TestHost host, object body)
    {
        var response = await host.Client.PostAsJsonAsync("/api/searches", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToString());
        return problem.GetProperty("errors");
    }
}
