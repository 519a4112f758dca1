using System.Text.RegularExpressions;
using Archon.Infra.Tests.Bicep;
using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Infra;

/// <summary>The app's identity (and the deploying user) hold a role for every data-plane action the app performs.</summary>
public class RoleAssignmentInfraTests
{
    // Built-in role definition ids: the same in every tenant.
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string CognitiveServicesOpenAIUser = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    [Fact]
    public void Roles_UseTheWellKnownBuiltInRoleIds()
    {
        var roles = InfraFiles.RoleIds();

        Assert.Equal(StorageBlobDataOwner, roles["storageBlobDataOwner"]);
        Assert.Equal(StorageQueueDataContributor, roles["storageQueueDataContributor"]);
        Assert.Equal(StorageTableDataContributor, roles["storageTableDataContributor"]);
        Assert.Equal(CognitiveServicesOpenAIUser, roles["cognitiveServicesOpenAIUser"]);
        Assert.Equal(MonitoringMetricsPublisher, roles["monitoringMetricsPublisher"]);
    }

    [Fact]
    public void AppIdentity_GetsEveryRequiredRoleOnTheRightResource()
    {
        var granted = GrantedRoles("identity.outputs.principalId");

        Assert.Contains((StorageBlobDataOwner, "modules/storage-roles.bicep"), granted);
        Assert.Contains((StorageQueueDataContributor, "modules/storage-roles.bicep"), granted);
        Assert.Contains((StorageTableDataContributor, "modules/storage-roles.bicep"), granted);
        Assert.Contains((CognitiveServicesOpenAIUser, "modules/openai-roles.bicep"), granted);
        Assert.Contains((MonitoringMetricsPublisher, "modules/appinsights-roles.bicep"), granted);
    }

    [Fact]
    public void DeployingUser_GetsTheDataRolesForLocalRuns()
    {
        var granted = GrantedRoles("principalId");

        Assert.Contains((StorageBlobDataOwner, "modules/storage-roles.bicep"), granted);
        Assert.Contains((StorageQueueDataContributor, "modules/storage-roles.bicep"), granted);
        Assert.Contains((CognitiveServicesOpenAIUser, "modules/openai-roles.bicep"), granted);
    }

    [Theory]
    [InlineData("storage-roles.bicep", "Microsoft.Storage/storageAccounts")]
    [InlineData("openai-roles.bicep", "Microsoft.CognitiveServices/accounts")]
    [InlineData("appinsights-roles.bicep", "Microsoft.Insights/components")]
    public void RoleModule_AssignsEachRoleAtTheResourceScope(string module, string resourceType)
    {
        var file = InfraFiles.Module(module);

        var target = Assert.Single(file.Resources, r => r.Type == resourceType && r.Existing);
        var assignment = Assert.Single(file.Resources, r => r.Type == "Microsoft.Authorization/roleAssignments");
        Assert.Contains($"scope: {target.Symbol}", assignment.Body, StringComparison.Ordinal);
        Assert.Contains($"name: guid({target.Symbol}.id, principalId, roleId)", assignment.Body, StringComparison.Ordinal);
        Assert.Contains("roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)", assignment.Body, StringComparison.Ordinal);
        Assert.Contains("principalType: principalType", assignment.Body, StringComparison.Ordinal);
        Assert.Contains("[for roleId in roleDefinitionIds:", file.Source, StringComparison.Ordinal);
    }

    /// <summary>(role id, module path) for every role module that main.bicep calls for the given principal.</summary>
    private static List<(string RoleId, string Module)> GrantedRoles(string principalExpression)
    {
        var main = InfraFiles.Main;
        var roles = InfraFiles.RoleIds();
        var storageRoleIds = Regex.Match(main.Source, @"var storageRoleIds = \[(?<list>[^\]]*)\]").Groups["list"].Value;
        var granted = new List<(string, string)>();
        foreach (var module in main.Modules.Where(m => m.Path.EndsWith("-roles.bicep", StringComparison.Ordinal)))
        {
            if (!Regex.IsMatch(module.Body, $@"principalId:\s*{Regex.Escape(principalExpression)}\s*\n"))
            {
                continue;
            }

            var roleText = RoleIdsArgument(module);
            roleText = roleText.Replace("storageRoleIds", storageRoleIds, StringComparison.Ordinal);
            granted.AddRange(Regex.Matches(roleText, @"roles\.(\w+)").Select(m => (roles[m.Groups[1].Value], module.Path)));
        }

        return granted;
    }

    private static string RoleIdsArgument(BicepModule module)
    {
        var m = Regex.Match(module.Body, @"roleDefinitionIds:\s*(\[[^\]]*\]|\w+)");
        return m.Success ? m.Groups[1].Value : string.Empty;
    }
}
