using System.Text.Json;
using System.Text.RegularExpressions;
using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Bicep;

/// <summary>What a Bicep compiler would catch first, checked without one.</summary>
public class InfraStructureTests
{
    public static TheoryData<string> BicepFiles() => [.. InfraFiles.AllBicepFiles()];

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void BicepFile_Brackets_AreBalanced(string relativePath)
    {
        var file = BicepFile.Load(RepoPaths.Combine(relativePath));

        Assert.Null(BicepScanner.FindUnbalanced(file.Sanitized));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void BicepFile_Modules_PointAtFilesThatExistAndPassTheirParams(string relativePath)
    {
        var path = RepoPaths.Combine(relativePath);
        var problems = new List<string>();
        foreach (var module in BicepFile.Load(path).Modules)
        {
            var target = Path.Combine(Path.GetDirectoryName(path)!, module.Path);
            if (!File.Exists(target))
            {
                problems.Add($"module {module.Symbol}: '{module.Path}' does not exist");
                continue;
            }

            var declared = BicepFile.Load(target).Params;
            problems.AddRange(module.PassedParams
                .Where(p => declared.All(d => d.Name != p))
                .Select(p => $"module {module.Symbol}: passes '{p}', which {module.Path} does not declare"));
            problems.AddRange(declared
                .Where(d => !d.HasDefault && !module.PassedParams.Contains(d.Name))
                .Select(d => $"module {module.Symbol}: does not pass required param '{d.Name}' of {module.Path}"));
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void BicepFile_Resources_UseDatedNonPreviewApiVersions(string relativePath)
    {
        var resources = BicepFile.Load(RepoPaths.Combine(relativePath)).Resources;

        Assert.All(resources, r => Assert.Matches(@"^20\d\d-\d\d-\d\d$", r.ApiVersion));
    }

    [Fact]
    public void Main_TargetScope_IsSubscriptionWithTaggedResourceGroup()
    {
        var main = InfraFiles.Main;

        Assert.Equal("subscription", main.TargetScope);
        var rg = Assert.Single(main.Resources, r => r.Type == "Microsoft.Resources/resourceGroups");
        Assert.Contains("tags: tags", rg.Body, StringComparison.Ordinal);
        Assert.Matches(@"'azd-env-name':\s*environmentName", main.Source);
        Assert.Matches(@"var resourceToken = toLower\(uniqueString\(subscription\(\)\.id, environmentName, location\)\)", main.Source);
    }

    [Fact]
    public void MainParametersJson_EveryParameter_IsDeclaredInMain()
    {
        var declared = InfraFiles.Main.Params.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var supplied = ParametersJsonNames();

        Assert.All(supplied, name => Assert.Contains(name, declared));
    }

    [Fact]
    public void MainParametersJson_SuppliesEveryRequiredParameterFromAzd()
    {
        var supplied = ParametersJsonNames();
        var required = InfraFiles.Main.Params.Where(p => !p.HasDefault).Select(p => p.Name);

        Assert.All(required, name => Assert.Contains(name, supplied));
        var json = File.ReadAllText(Path.Combine(RepoPaths.Infra, "main.parameters.json"));
        Assert.Contains("${AZURE_ENV_NAME}", json, StringComparison.Ordinal);
        Assert.Contains("${AZURE_LOCATION}", json, StringComparison.Ordinal);
        Assert.Contains("${AZURE_PRINCIPAL_ID}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_Outputs_AreUnique()
    {
        var outputs = InfraFiles.Main.Outputs;

        Assert.Equal(outputs.Count, outputs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(outputs, o => Assert.Matches("^[A-Z][A-Z0-9_]*$", o));
    }

    [Fact]
    public void Main_LoadedJsonFiles_Exist()
    {
        var loads = Regex.Matches(InfraFiles.Main.Source, @"loadJsonContent\('([^']+)'\)");

        Assert.NotEmpty(loads);
        Assert.All(loads, m => Assert.True(File.Exists(Path.Combine(RepoPaths.Infra, m.Groups[1].Value)), m.Groups[1].Value));
    }

    private static List<string> ParametersJsonNames()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Infra, "main.parameters.json")));
        return [.. doc.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name)];
    }
}
