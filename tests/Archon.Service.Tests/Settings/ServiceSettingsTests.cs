using System.Reflection;
using Microsoft.Extensions.Configuration;
using System.Text.Json;
using Archon.Service.Tests.Support;
using Archon.Workflows;
using Archon.Workflows.Settings;
using Microsoft.Extensions.Options;

namespace Archon.Service.Tests.Settings;

public sealed class ServiceSettingsTests
{
    private static IReadOnlyList<string> Names { get; } = [.. typeof(ServiceSettings).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void LocalSettingsSample_DocumentsEverySettingForTheIsolatedWorker()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AzuriteFixture.RepoRoot, "local.settings.sample.json")));
        var values = doc.RootElement.GetProperty("Values");

        Assert.NotEmpty(Names);
        Assert.All(Names, n => Assert.True(
            values.TryGetProperty("_" + n, out var description) && description.GetString()!.Length > 10,
            $"local.settings.sample.json has no description '_{n}'"));
        Assert.Equal("dotnet-isolated", values.GetProperty(ServiceSettings.WorkerRuntime).GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty(ServiceSettings.Storage).GetString());
    }

    [Fact]
    public void EveryOptionsProperty_IsANamedSetting()
    {
        var properties = new[] { typeof(ApiOptions), typeof(EngineOptions), typeof(WorkflowOptions) }
            .SelectMany(t => t.GetProperties().Where(p => p.CanWrite))
            .Select(p => $"Archon__{p.Name}");

        Assert.All(properties, p => Assert.Contains(p, Names));
    }

    [Theory]
    [InlineData("Archon__QueryTimeoutSeconds", "not-a-number", "Archon__QueryTimeoutSeconds")]
    [InlineData("Archon__QueryTimeoutSeconds", "0", "from 1 to 3600")]
    [InlineData("Archon__MaxRequestBodyBytes", "12", "from 1024 to 1073741824")]
    [InlineData("Archon__HistoryRetentionDays", "-1", "Archon__HistoryRetentionDays must be a number from 0 to 3650")]
    [InlineData("Archon__MaxConcurrentActivities", "5000", "Archon__MaxConcurrentActivities")]
    [InlineData("Archon__TaskHub", "a-b", "Archon__TaskHub must be 3–45 letters and digits")]
    [InlineData("Archon__SearchSchedule", "every day", "Archon__SearchSchedule is not a six-field cron schedule")]
    [InlineData("Archon__ScheduledSearches", "{not json", "Archon__ScheduledSearches is not valid JSON")]
    public void Read_InvalidValue_FailsNamingTheSettingAndTheRule(string setting, string value, string expected)
    {
        var configuration = Configuration((setting, value));

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            ArchonSettings.Read<ApiOptions>(configuration, o => o.Problems());
            ArchonSettings.Read<WorkflowOptions>(configuration, o => o.Problems());
            ArchonSettings.Read<EngineOptions>(configuration, o => o.Problems());
        });

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NumericSettingsAsEnvironmentVariables_TakeEffect()
    {
        // Environment variables spell the section with "__"; configuration reads them as "Archon:X".
        var configuration = Configuration(
            ("Archon__QueryTimeoutSeconds", "7"), ("Archon__MaxRequestBodyBytes", "2048"), ("Archon__HistoryRetentionDays", "0"),
            ("Archon__MaxConcurrentActivities", "3"), ("Archon__SimLatencyMs", "25"), ("Archon__TaskHub", "hub42"));

        var api = ArchonSettings.Read<ApiOptions>(configuration, o => o.Problems());
        var workflows = ArchonSettings.Read<WorkflowOptions>(configuration, o => o.Problems());
        var engine = ArchonSettings.Read<EngineOptions>(configuration, o => o.Problems());

        Assert.Equal(TimeSpan.FromSeconds(7), api.QueryTimeout);
        Assert.Equal(2048, api.MaxRequestBodyBytes);
        Assert.Equal(0, workflows.HistoryRetentionDays);
        Assert.Equal(3, workflows.MaxConcurrentActivities);
        Assert.Equal("hub42", workflows.TaskHub);
        Assert.Equal(25, engine.SimLatencyMs);
    }

    [Fact]
    public void ScheduleThatNeverFires_IsReportedWithoutFailingTheStart()
    {
        var workflows = ArchonSettings.Read<WorkflowOptions>(Configuration(("Archon__SearchSchedule", "0 0 0 30 2 *")), o => o.Problems());

        Assert.Contains("Archon__SearchSchedule '0 0 0 30 2 *' never fires", workflows.ScheduleNeverFires(DateTimeOffset.UtcNow), StringComparison.Ordinal);
    }

    // What the environment-variables provider makes of Archon__X (EnvironmentSettingsTests runs the real one in a process).
    private static Microsoft.Extensions.Configuration.IConfiguration Configuration(params (string Name, string Value)[] settings) =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Name.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build();
}
