using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Archon.Functions.Functions;

/// <summary><c>POST /api/searches</c>, <c>GET</c> and <c>DELETE /api/searches/{id}</c> (<see cref="SearchApi"/>).</summary>
internal sealed class SearchFunctions(SearchApi api)
{
    [Function("Searches")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "searches")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.PostAsync(request, client, ct));

    [Function("SearchStatus")]
    public async Task<IActionResult> Status(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "searches/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.GetAsync(id, client, ct));

    [Function("CancelSearch")]
    public async Task<IActionResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "searches/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.DeleteAsync(id, client, ct));
}
