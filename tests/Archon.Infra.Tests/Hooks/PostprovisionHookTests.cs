using Archon.Workflows;
using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archon.Infra.Tests.Support;
using Archon.Service;

namespace Archon.Infra.Tests.Hooks;

/// <summary>The postprovision hook, run for real (sh) in a scratch copy of the repository layout.</summary>
[UnsupportedOSPlatform("windows")] // runs the sh scripts and checks Unix file modes
public class PostprovisionHookTests
{
    private const string Catalog =
        """{"models":[{"name":"gpt-4o-mini","kind":"azure-openai","endpoint":"https://oai-archon-abc.openai.azure.com/","deployment":"gpt-4o-mini","auth":"entra","inputPricePerMillion":0.15,"outputPricePerMillion":0.6}]}""";

    private const string HistoryRetentionDaysSetting = "Archon__HistoryRetentionDays";

    private static readonly Dictionary<string, string?> Outputs = new()
    {
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/",
        ["ARCHON_MODEL_CATALOG"] = Catalog,
        ["ARCHON_SEARCH_SCHEDULE"] = "0 0 3 * * *",
        ["ARCHON_HISTORY_RETENTION_DAYS"] = "7",
        ["AZURE_OPENAI_ENDPOINT"] = "https://oai-archon-abc.openai.azure.com/",
        ["AZURE_FUNCTION_APP_URL"] = "https://func-archon-abc.azurewebsites.net",
    };

    [Fact]
    public void ShellHook_UnderAzd_WritesLocalSettingsAndCatalog()
    {
        using var repo = ScratchRepo();

        var result = RunHook(repo, Outputs);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertLocalSettings(repo, Outputs);
        AssertCatalog(repo);
    }

    [Fact]
    public void ShellHook_OutsideAzd_ReadsAzdEnvGetValues()
    {
        using var repo = ScratchRepo();
        var bin = Directory.CreateDirectory(repo.Combine("fake-bin")).FullName;
        // azd prints KEY="value" with backslash-escaped quotes.
        var lines = Outputs.Select(o => $"{o.Key}=\"{o.Value!.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        var azd = Path.Combine(bin, "azd");
        File.WriteAllText(azd, "#!/bin/sh\n[ \"$1 $2\" = \"env get-values\" ] || exit 3\ncat <<'EOF'\n" + string.Join('\n', lines) + "\nEOF\n");
        File.SetUnixFileMode(azd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = Outputs.ToDictionary(o => o.Key, _ => (string?)null);
        environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");

        var result = RunHook(repo, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertLocalSettings(repo, Outputs);
        AssertCatalog(repo);
    }

    [Fact]
    public void ShellHook_MissingOutput_FailsNamingIt()
    {
        using var repo = ScratchRepo();
        var environment = new Dictionary<string, string?>(Outputs) { ["ARCHON_MODEL_CATALOG"] = null };
        environment["PATH"] = "/usr/bin:/bin"; // no azd to fall back on

        var result = RunHook(repo, environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("ARCHON_MODEL_CATALOG is not set", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(repo.Combine("src", "Archon.Functions", "local.settings.json")));
    }

    [Fact]
    public void ShellHook_ExistingLocalSettings_AreBackedUp()
    {
        using var repo = ScratchRepo();
        var settings = repo.Combine("src", "Archon.Functions", "local.settings.json");
        File.WriteAllText(settings, "{\"mine\": true}");

        var result = RunHook(repo, Outputs);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("{\"mine\": true}", File.ReadAllText(settings + ".bak"));
    }

    [Theory]
    [InlineData("infra/hooks/postprovision.sh", @"\bvalue ([A-Z][A-Z0-9_]*)\)")]
    [InlineData("infra/hooks/postprovision.ps1", @"Get-Value '([A-Z][A-Z0-9_]*)'")]
    public void Hook_ReadsOnlyOutputsThatMainBicepDeclares(string hook, string pattern)
    {
        var used = Regex.Matches(File.ReadAllText(RepoPaths.Combine(hook)), pattern).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, InfraFiles.Main.Outputs));
    }

    [Fact]
    public void Hooks_ReadTheSameOutputs()
    {
        var sh = Regex.Matches(File.ReadAllText(RepoPaths.Combine("infra", "hooks", "postprovision.sh")), @"\bvalue ([A-Z][A-Z0-9_]*)\)").Select(m => m.Groups[1].Value);
        var ps1 = Regex.Matches(File.ReadAllText(RepoPaths.Combine("infra", "hooks", "postprovision.ps1")), @"Get-Value '([A-Z][A-Z0-9_]*)'").Select(m => m.Groups[1].Value);

        Assert.Equal(sh.Order(StringComparer.Ordinal), ps1.Order(StringComparer.Ordinal));
    }

    private static TempDirectory ScratchRepo()
    {
        var repo = new TempDirectory();
        Directory.CreateDirectory(repo.Combine("infra", "hooks"));
        Directory.CreateDirectory(repo.Combine("src", "Archon.Functions"));
        File.Copy(RepoPaths.Combine("infra", "hooks", "postprovision.sh"), repo.Combine("infra", "hooks", "postprovision.sh"));
        return repo;
    }

    private static ProcessResult RunHook(TempDirectory repo, IReadOnlyDictionary<string, string?> environment) =>
        ProcessRunner.Run("sh", [repo.Combine("infra", "hooks", "postprovision.sh")], repo.Path, environment);

    private static void AssertLocalSettings(TempDirectory repo, IReadOnlyDictionary<string, string?> outputs)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(repo.Combine("src", "Archon.Functions", "local.settings.json")));
        Assert.False(doc.RootElement.GetProperty("IsEncrypted").GetBoolean());
        var values = doc.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        Assert.Equal("dotnet-isolated", values[ServiceSettings.WorkerRuntime]);
        Assert.Equal(outputs["APPLICATIONINSIGHTS_CONNECTION_STRING"], values[ServiceSettings.AppInsights]);
        Assert.Equal(outputs["ARCHON_SEARCH_SCHEDULE"], values[ServiceSettings.SearchSchedule]);
        Assert.Equal(outputs["ARCHON_HISTORY_RETENTION_DAYS"], values[HistoryRetentionDaysSetting]);
        Assert.Equal(repo.Combine("archon.catalog.json"), values[ServiceSettings.ModelCatalogPath]);
        // Storage is Azurite: a local host on the deployed account would share the deployed app's task hub and queue.
        Assert.Equal("UseDevelopmentStorage=true", values[ServiceSettings.Storage]);
        Assert.DoesNotContain(values.Keys, k => k.StartsWith(ServiceSettings.Storage + "__", StringComparison.Ordinal));
        Assert.All(values.Values, v => Assert.DoesNotMatch("(?i)AccountKey|SharedAccessSignature", v!));
    }

    private static void AssertCatalog(TempDirectory repo)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(repo.Combine("archon.catalog.json")));
        var model = Assert.Single(doc.RootElement.GetProperty("models").EnumerateArray());
        Assert.Equal("azure-openai", model.GetProperty("kind").GetString());
        Assert.Equal("entra", model.GetProperty("auth").GetString());
        Assert.False(model.TryGetProperty("apiKeyEnv", out _));
        var entry = Assert.Single(Archon.Models.Catalog.ModelCatalog.Load(repo.Combine("archon.catalog.json")).Entries);
        Assert.Equal("entra", entry.Auth);
    }
}
