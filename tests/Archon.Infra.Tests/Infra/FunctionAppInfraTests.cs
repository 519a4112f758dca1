using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Infra;

/// <summary>The Function App runs the isolated worker app on Flex Consumption with the .NET it is built for.</summary>
public class FunctionAppInfraTests
{
    [Fact]
    public void FunctionApp_RunsDotnetIsolatedOnFlexConsumption()
    {
        var functionApp = InfraFiles.FunctionApp;

        var plan = Assert.Single(functionApp.Resources, r => r.Type == "Microsoft.Web/serverfarms");
        Assert.Contains("tier: 'FlexConsumption'", plan.Body, StringComparison.Ordinal);
        Assert.Contains("name: 'FC1'", plan.Body, StringComparison.Ordinal);
        var runtime = InfraFiles.FunctionAppRuntime();
        Assert.True(runtime is not null, "functionAppConfig must set runtime from the 'runtime' variable of functionapp.bicep.");
        Assert.Equal("dotnet-isolated", runtime.Value.Name);
        var site = Assert.Single(functionApp.Resources, r => r.Type == "Microsoft.Web/sites");
        Assert.Contains("kind: 'functionapp,linux'", site.Body, StringComparison.Ordinal);
        Assert.Contains("type: 'UserAssigned'", site.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionAppRuntimeVersion_IsTheDotnetTheAppTargets()
    {
        // A mismatch deploys fine and then fails at start: the worker cannot load on another .NET.
        var targetFramework = AppProject.TargetFramework();

        var runtime = InfraFiles.FunctionAppRuntime();

        Assert.NotNull(runtime);
        Assert.Matches(@"^net\d+\.\d+$", targetFramework);
        Assert.Equal(targetFramework["net".Length..], runtime.Value.Version);
    }

    [Fact]
    public void FunctionAppRuntimeVersion_IsOneFlexConsumptionRuns()
    {
        // dotnet-isolated versions the Flex Consumption plan offers (Get-AzFunctionAppFlexConsumptionRuntime).
        string[] offered = ["8.0", "9.0", "10.0"];

        var runtime = InfraFiles.FunctionAppRuntime();

        Assert.NotNull(runtime);
        Assert.Contains(runtime.Value.Version, offered);
    }
}
