using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Archon.Functions.Functions;

/// <summary><c>POST /api/benchmarks</c>, <c>GET</c> and <c>DELETE /api/benchmarks/{id}</c> (<see cref="BenchmarkApi"/>).</summary>
internal sealed class BenchmarkFunctions(BenchmarkApi api)
{
    [Function("Benchmarks")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "benchmarks")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.PostAsync(request, client, ct));

    [Function("BenchmarkStatus")]
    public async Task<IActionResult> Status(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "benchmarks/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.GetAsync(id, client, ct));

    [Function("CancelBenchmark")]
    public async Task<IActionResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "benchmarks/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.DeleteAsync(id, client, ct));
}
