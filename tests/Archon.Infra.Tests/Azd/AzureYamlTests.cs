using System.Text.RegularExpressions;
using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Azd;

/// <summary>azure.yaml points azd at the Functions app project and the hooks, and agrees with the Bicep.</summary>
public class AzureYamlTests
{
    private static IReadOnlyDictionary<string, string> Yaml => MiniYaml.Parse(File.ReadAllText(RepoPaths.Combine("azure.yaml")));

    [Fact]
    public void Service_IsTheFunctionsAppAsADotnetProject()
    {
        var yaml = Yaml;

        Assert.Equal("src/Archon.Functions", yaml["services.functions.project"]);
        Assert.Equal("dotnet", yaml["services.functions.language"]);
        Assert.Equal("function", yaml["services.functions.host"]);
        // azd publishes the project it finds in the service folder: there must be exactly one.
        var projects = Directory.GetFiles(RepoPaths.Combine(yaml["services.functions.project"]), "*.csproj");
        Assert.Equal(Path.Combine(RepoPaths.FunctionsApp, "Archon.Functions.csproj"), Assert.Single(projects));
    }

    [Fact]
    public void Service_IsPackagedByAzdItself()
    {
        // A dist folder or a packaging hook would make azd deploy something other than its own dotnet publish.
        var serviceKeys = Yaml.Keys.Where(k => k.StartsWith("services.functions.", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain("services.functions.dist", serviceKeys);
        Assert.DoesNotContain(serviceKeys, k => k.StartsWith("services.functions.hooks.", StringComparison.Ordinal));
    }

    [Fact]
    public void ServiceName_MatchesTheAzdServiceNameTagOfTheFunctionApp()
    {
        var services = Yaml.Keys.Where(k => k.StartsWith("services.", StringComparison.Ordinal)).Select(k => k.Split('.')[1]).Distinct().ToList();

        var service = Assert.Single(services);
        Assert.Matches($@"var serviceName = '{Regex.Escape(service)}'", InfraFiles.Main.Source);
        var functionApp = Assert.Single(InfraFiles.Main.Modules, m => m.Path == "modules/functionapp.bicep");
        Assert.Matches(@"'azd-service-name':\s*serviceName", functionApp.Body);
    }

    [Fact]
    public void PostprovisionHooks_PointAtExistingScripts()
    {
        var yaml = Yaml;

        Assert.Equal("sh", yaml["hooks.postprovision.posix.shell"]);
        Assert.Equal("pwsh", yaml["hooks.postprovision.windows.shell"]);
        Assert.True(File.Exists(RepoPaths.Combine(yaml["hooks.postprovision.posix.run"])));
        Assert.True(File.Exists(RepoPaths.Combine(yaml["hooks.postprovision.windows.run"])));
    }

    [Fact]
    public void Infra_PointsAtMainBicep()
    {
        var yaml = Yaml;

        Assert.Equal("bicep", yaml["infra.provider"]);
        Assert.True(File.Exists(RepoPaths.Combine(yaml["infra.path"], yaml["infra.module"] + ".bicep")));
        Assert.True(File.Exists(RepoPaths.Combine(yaml["infra.path"], yaml["infra.module"] + ".parameters.json")));
    }

    [Fact]
    public void MiniYaml_NestedKeys_BecomeDottedPaths()
    {
        var yaml = MiniYaml.Parse("a:\n  b: 1 \n  c:\n    d: 'x'\n# comment\ne: y\n");

        Assert.Equal(new Dictionary<string, string> { ["a.b"] = "1", ["a.c.d"] = "x", ["e"] = "y" }, yaml);
    }
}
