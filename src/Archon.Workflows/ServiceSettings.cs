namespace Archon.Workflows;

/// <summary>
/// Names of every setting the app reads (environment variables / app settings; <c>__</c> is the section
/// separator). <c>local.settings.sample.json</c> documents each; infra/ sets them in Azure.
/// </summary>
public static class ServiceSettings
{
    /// <summary>The configuration key of a setting name (<c>Archon__X</c> → <c>Archon:X</c>), for in-memory configuration.</summary>
    public static string Key(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>Storage connection string, or use the identity-based form below. Default <c>UseDevelopmentStorage=true</c>.</summary>
    public const string Storage = "AzureWebJobsStorage";

    /// <summary>Identity-based storage: account name (blob and queue endpoints derived from it).</summary>
    public const string StorageAccountName = "AzureWebJobsStorage__accountName";

    /// <summary>Identity-based storage: <c>managedidentity</c>.</summary>
    public const string StorageCredential = "AzureWebJobsStorage__credential";

    /// <summary>Identity-based storage: client id of the user-assigned managed identity.</summary>
    public const string StorageClientId = "AzureWebJobsStorage__clientId";

    /// <summary>Client id used by DefaultAzureCredential for Azure OpenAI (user-assigned identity).</summary>
    public const string AzureClientId = "AZURE_CLIENT_ID";

    /// <summary>Model catalog as inline JSON.</summary>
    public const string ModelCatalog = "Archon__ModelCatalog";

    /// <summary>Model catalog as a file path (relative to the app folder).</summary>
    public const string ModelCatalogPath = "Archon__ModelCatalogPath";

    /// <summary>Run every model as a simulated model (<c>true</c>/<c>false</c>).</summary>
    public const string Simulate = "Archon__Simulate";

    /// <summary>Optional API key required on every route in standalone mode.</summary>
    public const string ApiKey = "Archon__ApiKey";

    /// <summary>When scheduled searches start: a six-field cron schedule (UTC), checked every minute by the timer.</summary>
    public const string SearchSchedule = "Archon__SearchSchedule";

    /// <summary>Scheduled search definitions as inline JSON (otherwise read from the <c>schedules/</c> blob prefix).</summary>
    public const string ScheduledSearches = "Archon__ScheduledSearches";

    /// <summary>Sync query timeout in seconds (default 100).</summary>
    public const string QueryTimeoutSeconds = "Archon__QueryTimeoutSeconds";

    /// <summary>Application Insights connection string; enables the Azure Monitor exporter.</summary>
    public const string AppInsights = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>OTLP endpoint for local telemetry.</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";


    /// <summary>The Functions worker runtime: <c>dotnet-isolated</c> (on Flex Consumption it is set by the app's runtime configuration).</summary>
    public const string WorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>Simulated model latency in milliseconds when simulating (default: the simulator's own).</summary>
    public const string SimLatencyMs = "Archon__SimLatencyMs";

    /// <summary>Console exporter for traces and metrics (<c>true</c>/<c>false</c>, default false).</summary>
    public const string TelemetryConsole = "Archon__TelemetryConsole";



    /// <summary>Largest accepted request body in bytes (default 4194304).</summary>
    public const string MaxRequestBodyBytes = "Archon__MaxRequestBodyBytes";

    /// <summary>Folder of the architectures available by name out of the box (default: <c>example-architectures/</c> next to the app).</summary>
    public const string ExamplesPath = "Archon__ExamplesPath";

    /// <summary><c>archon serve</c>'s task hub name (the Functions app's is in host.json); default <c>archon</c>.</summary>
    public const string TaskHub = "Archon__TaskHub";

    /// <summary>Days finished orchestration histories are kept (0–3650, default 7; 0 keeps them). Results stay in blobs.</summary>
    public const string HistoryRetentionDays = "Archon__HistoryRetentionDays";

    /// <summary>Activities <c>archon serve</c> runs at once (1–1024, default 64).</summary>
    public const string MaxConcurrentActivities = "Archon__MaxConcurrentActivities";

    /// <summary>Response cache in blobs under <c>cache/</c>, shared by instances (<c>true</c>/<c>false</c>, default true).</summary>
    public const string BlobCache = "Archon__BlobCache";
}
