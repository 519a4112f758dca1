using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Archon.Infra.Tests.Support;
using Archon.Models.Catalog;

namespace Archon.Infra.Tests.Infra;

/// <summary>The catalog main.bicep builds for the deployed models is one the app's catalog parser accepts.</summary>
public class ModelCatalogInfraTests
{
    private const string Endpoint = "https://oai-archon-abc.openai.azure.com/";

    [Fact]
    public void BicepCatalogEntry_ParsesAsAzureOpenAiWithEntraId()
    {
        var entry = new JsonObject();
        foreach (var (key, expression) in CatalogEntryFields())
        {
            entry[key] = Evaluate(expression);
        }

        var catalog = ModelCatalog.Parse(new JsonObject { ["models"] = new JsonArray(entry) }.ToJsonString(), "main.bicep");

        var model = Assert.Single(catalog.Entries);
        Assert.Equal(ModelKinds.AzureOpenAI, model.Kind);
        Assert.Equal(ModelAuthModes.Entra, model.Auth);
        Assert.Null(model.ApiKeyEnv);
        Assert.Equal(new Uri(Endpoint), model.Endpoint);
        Assert.Equal("gpt-4o-mini", model.EffectiveDeployment);
        Assert.Equal(0.15m, model.Pricing.InputPerMillion);
    }

    [Fact]
    public void CatalogEntryFields_AreReadFromMainBicep()
    {
        var keys = CatalogEntryFields().Select(f => f.Key).ToList();

        Assert.Equal(["name", "kind", "endpoint", "deployment", "auth", "inputPricePerMillion", "outputPricePerMillion"], keys);
    }

    /// <summary>The <c>key: expression</c> lines of the <c>catalogModels</c> loop body in main.bicep.</summary>
    private static List<KeyValuePair<string, string>> CatalogEntryFields()
    {
        var body = Regex.Match(InfraFiles.Main.Source, @"var catalogModels = \[for d in openAiDeployments: \{(?<body>[^\]]*)\}\]").Groups["body"].Value;
        return [.. Regex.Matches(body, @"^\s*(\w+):\s*(.+?)\s*$", RegexOptions.Multiline)
            .Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value))];
    }

    /// <summary>The value a Bicep expression of the loop body takes for the first default deployment (gpt-4o-mini).</summary>
    private static JsonNode Evaluate(string expression) => expression switch
    {
        _ when Regex.Match(expression, "^'([^']*)'$") is { Success: true } m => JsonValue.Create(m.Groups[1].Value),
        "d.name" => JsonValue.Create("gpt-4o-mini"),
        "openAiEndpoint" => JsonValue.Create(Endpoint),
        _ when expression.Contains("inputPricePerMillion", StringComparison.Ordinal) => JsonValue.Create(0.15m),
        _ when expression.Contains("outputPricePerMillion", StringComparison.Ordinal) => JsonValue.Create(0.6m),
        _ => throw new InvalidOperationException($"No test value for the Bicep expression '{expression}'."),
    };
}
