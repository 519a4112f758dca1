using Archon.Workflows;
using System.Reflection;
using System.Text.RegularExpressions;
using Archon.Infra.Tests.Support;
using Archon.Service;

namespace Archon.Infra.Tests.Infra;

/// <summary>Every setting the app reads is set in Azure or documented as optional; none carries a secret.</summary>
public class AppSettingsInfraTests
{
    private const string HistoryRetentionDaysSetting = "Archon__HistoryRetentionDays";

    private static readonly string[] DocumentedStatuses = ["optional", "not used in azure", "set by the platform", "set by infra"];

    public static TheoryData<string> ServiceSettingNames() => [.. AppSettingNames()];

    [Theory]
    [MemberData(nameof(ServiceSettingNames))]
    public void ServiceSetting_IsSetByInfraOrDocumentedInDeployDoc(string setting)
    {
        var setByInfra = InfraFiles.AppSettingNames().Contains(setting)
            || (setting == ServiceSettings.WorkerRuntime && FunctionAppRuntimeIsDotnetIsolated());
        var documented = DeployDoc.SettingsTable().TryGetValue(setting, out var status)
            && DocumentedStatuses.Any(s => status.StartsWith(s, StringComparison.OrdinalIgnoreCase));

        Assert.True(
            setByInfra || documented,
            $"'{setting}' (ServiceSettings) is neither set in infra/modules/functionapp.bicep nor listed in the Settings table of docs/deploy.md.");
    }

    [Fact]
    public void DeployDoc_EveryRow_IsASettingTheAppReads()
    {
        var read = AppSettingNames();

        var stale = DeployDoc.SettingsTable().Keys.Where(name => !read.Contains(name)).ToList();

        Assert.True(stale.Count == 0, $"docs/deploy.md documents settings the app does not read (not in ServiceSettings): {string.Join(", ", stale)}");
    }

    [Fact]
    public void DeployDoc_RowsSayingSetByInfra_AreReallySet()
    {
        var claimed = DeployDoc.SettingsTable().Where(r => r.Value.StartsWith("set by infra", StringComparison.OrdinalIgnoreCase)).Select(r => r.Key).ToList();

        Assert.NotEmpty(claimed);
        Assert.All(claimed, name => Assert.True(
            InfraFiles.AppSettingNames().Contains(name) || (name == ServiceSettings.WorkerRuntime && FunctionAppRuntimeIsDotnetIsolated()),
            $"docs/deploy.md says '{name}' is set by infra, but functionapp.bicep does not set it."));
    }

    [Fact]
    public void AppSettings_UseIdentityBasedStorage()
    {
        var names = InfraFiles.AppSettingNames();

        Assert.Contains(ServiceSettings.StorageAccountName, names);
        Assert.Contains(ServiceSettings.StorageClientId, names);
        Assert.Contains(ServiceSettings.AzureClientId, names);
        Assert.DoesNotContain(ServiceSettings.Storage, names);
        Assert.Equal("'managedidentity'", InfraFiles.AppSettingValue(ServiceSettings.StorageCredential));
        Assert.Equal("identityClientId", InfraFiles.AppSettingValue(ServiceSettings.StorageClientId));
        Assert.Equal("identityClientId", InfraFiles.AppSettingValue(ServiceSettings.AzureClientId));
    }

    [Fact]
    public void AppSettings_HoldNoKeysSasTokensOrStorageConnectionStrings()
    {
        var names = InfraFiles.AppSettingNames();

        var secretLooking = names.Where(n => n != ServiceSettings.AppInsights
            && Regex.IsMatch(n, "(ConnectionString|CONNECTION_STRING|Key|KEY|Secret|SECRET|Password|PASSWORD|Sas|SAS)$")).ToList();
        Assert.Empty(secretLooking);
        Assert.All(names, n => Assert.DoesNotMatch("(?i)(AccountKey|SharedAccessSignature|listKeys|SharedAccessKey|api-key)", InfraFiles.AppSettingValue(n)));
    }

    [Theory]
    [MemberData(nameof(AllInfraFiles))]
    public void InfraFile_NeverReadsKeys(string relativePath)
    {
        var text = File.ReadAllText(RepoPaths.Combine(relativePath));

        Assert.DoesNotMatch(@"(?i)\blistKeys\s*\(|\blistAccountSas\s*\(|\blistServiceSas\s*\(|AccountKey=", text);
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME_VERSION")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [InlineData("SCM_DO_BUILD_DURING_DEPLOYMENT")]
    public void AppSettings_LeaveOutWhatFlexConsumptionRejects(string setting)
    {
        // Flex Consumption refuses these as app settings: functionAppConfig (runtime, deployment storage) replaces them.
        Assert.DoesNotContain(setting, InfraFiles.AppSettingNames());
    }

    [Fact]
    public void HistoryRetentionDays_DefaultsToSevenAndReachesTheApp()
    {
        var main = InfraFiles.Main;

        Assert.Matches(@"(?m)^param historyRetentionDays int = 7$", main.Source);
        var functionApp = Assert.Single(main.Modules, m => m.Path == "modules/functionapp.bicep");
        Assert.Matches(@"historyRetentionDays:\s*historyRetentionDays\s*\n", functionApp.Body);
        Assert.Equal("string(historyRetentionDays)", InfraFiles.AppSettingValue(HistoryRetentionDaysSetting));
    }

    [Fact]
    public void ModelCatalog_ListsEveryDeploymentWithEntraIdAndNoKey()
    {
        var main = InfraFiles.Main.Source;
        var catalog = Regex.Match(main, @"var catalogModels = \[for d in openAiDeployments: \{(?<body>[^\]]*)\}\]").Groups["body"].Value;

        Assert.Contains("kind: 'azure-openai'", catalog, StringComparison.Ordinal);
        Assert.Contains("auth: 'entra'", catalog, StringComparison.Ordinal);
        Assert.Contains("deployment: d.name", catalog, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)apiKey", catalog);
        Assert.Contains("modelCatalogJson: string(modelCatalog)", main, StringComparison.Ordinal);
        Assert.Equal("modelCatalogJson", InfraFiles.AppSettingValue(ServiceSettings.ModelCatalog));
    }

    [Fact]
    public void OpenAiAccount_DisablesKeysAndHasACustomSubdomain()
    {
        var account = Assert.Single(InfraFiles.Module("openai.bicep").Resources, r => r.Type == "Microsoft.CognitiveServices/accounts");

        Assert.Contains("kind: 'OpenAI'", account.Body, StringComparison.Ordinal);
        Assert.Contains("disableLocalAuth: true", account.Body, StringComparison.Ordinal);
        Assert.Contains("customSubDomainName: name", account.Body, StringComparison.Ordinal);
        // main.bicep derives the catalog endpoint from the account name; both must agree.
        Assert.Contains("var openAiEndpoint = 'https://${openAiName}.openai.azure.com/'", InfraFiles.Main.Source, StringComparison.Ordinal);
        Assert.Matches(@"name:\s*openAiName", Assert.Single(InfraFiles.Main.Modules, m => m.Path == "modules/openai.bicep").Body);
    }

    public static TheoryData<string> AllInfraFiles() =>
        [.. Directory.GetFiles(RepoPaths.Infra, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static HashSet<string> AppSettingNames() =>
        [.. typeof(ServiceSettings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    private static bool FunctionAppRuntimeIsDotnetIsolated() => InfraFiles.FunctionAppRuntime()?.Name == "dotnet-isolated";
}
