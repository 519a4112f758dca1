using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;

namespace Archon.Service.Http;

/// <summary>
/// The HTTP API's routes under <c>archon serve</c>, each a one-line call into the same handler the Functions app's HTTP
/// function calls (<see cref="QueryApi"/>, <see cref="ChatCompletionApi"/>, …).
/// </summary>
internal static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", (HealthApi api, CancellationToken ct) => api.GetAsync(ct));
        app.MapPost("/api/query", (HttpRequest r, QueryApi api, DurableTaskClient c, CancellationToken ct) => api.PostAsync(r, c, ct));
        app.MapGet("/api/query/{id}", (string id, QueryApi api, DurableTaskClient c, CancellationToken ct) => api.GetAsync(id, c, ct));
        app.MapPost("/api/v1/chat/completions", (HttpContext context, ChatCompletionApi api) => api.PostAsync(context));
        app.MapGet("/api/v1/models", (ChatCompletionApi api, CancellationToken ct) => api.ModelsAsync(ct));
        app.MapGet("/api/architectures", (ArchitectureApi api, CancellationToken ct) => api.ListAsync(ct));
        app.MapGet("/api/architectures/{name}", (string name, ArchitectureApi api, CancellationToken ct) => api.GetAsync(name, ct));
        app.MapPut("/api/architectures/{name}", (string name, HttpRequest r, ArchitectureApi api, CancellationToken ct) => api.PutAsync(name, r, ct));
        app.MapPost("/api/benchmarks", (HttpRequest r, BenchmarkApi api, DurableTaskClient c, CancellationToken ct) => api.PostAsync(r, c, ct));
        app.MapGet("/api/benchmarks/{id}", (string id, BenchmarkApi api, DurableTaskClient c, CancellationToken ct) => api.GetAsync(id, c, ct));
        app.MapDelete("/api/benchmarks/{id}", (string id, BenchmarkApi api, DurableTaskClient c, CancellationToken ct) => api.DeleteAsync(id, c, ct));
        app.MapPost("/api/searches", (HttpRequest r, SearchApi api, DurableTaskClient c, CancellationToken ct) => api.PostAsync(r, c, ct));
        app.MapGet("/api/searches/{id}", (string id, SearchApi api, DurableTaskClient c, CancellationToken ct) => api.GetAsync(id, c, ct));
        app.MapDelete("/api/searches/{id}", (string id, SearchApi api, DurableTaskClient c, CancellationToken ct) => api.DeleteAsync(id, c, ct));
    }
}
