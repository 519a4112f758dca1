using System.Text.RegularExpressions;
using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Azd;

/// <summary>azure.yaml points azd at the Functions app, its package and the hooks, and agrees with the Bicep.</summary>
public class AzureYamlTests
{
    private static IReadOnlyDictionary<string, string> Yaml => MiniYaml.Parse(File.ReadAllText(RepoPaths.Combine("azure.yaml")));

    [Fact]
    public void Service_IsTheFunctionsCustomHandler()
    {
        var yaml = Yaml;

        // The service folder is the repository root, so `dist` resolves the same against it or the working directory.
        Assert.Equal(".", yaml["services.functions.project"]);
        Assert.Equal("function", yaml["services.functions.host"]);
        Assert.Equal("custom", yaml["services.functions.language"]);
        Assert.Equal("src/Archon.Functions/bin/functions-package", yaml["services.functions.dist"]);
        Assert.True(File.Exists(RepoPaths.Combine("src", "Archon.Functions", "Archon.Functions.csproj")));
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
    public void PrepackageHooks_BuildIntoTheDistFolder()
    {
        var yaml = Yaml;
        var dist = yaml["services.functions.dist"];

        var posix = yaml["services.functions.hooks.prepackage.posix.run"];
        var windows = yaml["services.functions.hooks.prepackage.windows.run"];

        Assert.Equal($"scripts/publish-functions --output {dist}", posix);
        Assert.Equal($"scripts/publish-functions.ps1 -Output {dist}", windows);
        var serviceDir = RepoPaths.Combine(yaml["services.functions.project"]);
        Assert.True(File.Exists(Path.Combine(serviceDir, "scripts", "publish-functions")));
        Assert.True(File.Exists(Path.Combine(serviceDir, "scripts", "publish-functions.ps1")));
        // The script's default output is the same folder, so a plain `scripts/publish-functions` feeds `azd deploy` too.
        Assert.Contains("out=\"$app/bin/functions-package\"", File.ReadAllText(RepoPaths.Combine("scripts", "publish-functions")), StringComparison.Ordinal);
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
