namespace Archon.Infra.Tests.Bicep;

public class BicepFileTests
{
    private const string Sample = """
        targetScope = 'subscription'
        @description('with a default')
        param location string = 'westeurope'
        param name string
        var settings = {
          First: 'a'
          'second-key': {
            nested: 1
          }
          Third: '${name}-x'
        }
        module m 'modules/thing.bicep' = if (!empty(name)) {
          name: 'm'
          params: {
            location: location
            tags: {
              inner: 'not a param'
            }
            name: name
          }
        }
        resource r 'Microsoft.Web/sites@2024-04-01' = {
          name: name
        }
        output URL string = 'https://${name}'
        """;

    [Fact]
    public void Parse_Declarations_AreFound()
    {
        var file = BicepFile.Parse(Sample);

        Assert.Equal("subscription", file.TargetScope);
        Assert.Equal([new BicepParam("location", "string", true), new BicepParam("name", "string", false)], file.Params);
        Assert.Equal(["URL"], file.Outputs);
        var module = Assert.Single(file.Modules);
        Assert.Equal("modules/thing.bicep", module.Path);
        Assert.Equal(["location", "tags", "name"], module.PassedParams);
        var resource = Assert.Single(file.Resources);
        Assert.Equal(("Microsoft.Web/sites", "2024-04-01", false), (resource.Type, resource.ApiVersion, resource.Existing));
    }

    [Fact]
    public void VariableObjectKeys_ReturnsTopLevelKeysOnly()
    {
        var file = BicepFile.Parse(Sample);

        Assert.Equal(["First", "second-key", "Third"], file.VariableObjectKeys("settings"));
    }
}
