using System.Text.Json;
using Archon.Service.Queues;
using Archon.Workflows.Storage;

namespace Archon.Service.Queries;

/// <summary>Runs async queries from <see cref="StorageNames.QueryQueue"/>.</summary>
internal sealed class QueryWorkHandler : IQueueMessageHandler
{
    private readonly QueryService _queries;

    public QueryWorkHandler(QueryService queries)
    {
        _queries = queries;
    }

    public string QueueName => StorageNames.QueryQueue;

    public string FunctionName => "QueryWork";

    public Task HandleAsync(string message, CancellationToken cancellationToken) =>
        _queries.ProcessQueuedAsync(Parse(message).Id, cancellationToken);

    public Task OnPoisonAsync(string message, string reason, CancellationToken cancellationToken)
    {
        var parsed = TryParse(message);
        return parsed is null ? Task.CompletedTask : _queries.MarkFailedAsync(parsed.Id, reason, cancellationToken);
    }

    private static QueryWorkMessage Parse(string message) =>
        TryParse(message) ?? throw new FormatException("query message must be {\"id\": \"<32 hex>\"}");

    private static QueryWorkMessage? TryParse(string message)
    {
        try
        {
            var m = JsonSerializer.Deserialize<QueryWorkMessage>(message, ServiceJson.Options);
            return m is not null && QueryService.IsValidId(m.Id) ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
