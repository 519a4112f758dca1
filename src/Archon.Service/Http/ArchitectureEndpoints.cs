using Archon.Workflows.Architectures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Archon.Service.Http;

/// <summary><c>PUT/GET /api/architectures/{name}</c> and <c>GET /api/architectures</c>.</summary>
internal static class ArchitectureEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/architectures", async (ArchitectureStore store, CancellationToken ct) =>
            Results.Ok(new { architectures = await store.ListAsync(ct).ConfigureAwait(false) }));
        app.MapGet("/api/architectures/{name}", GetAsync);
        app.MapPut("/api/architectures/{name}", PutAsync);
    }

    private static async Task<IResult> GetAsync(string name, ArchitectureStore store, CancellationToken cancellationToken)
    {
        if (!ArchitectureStore.IsValidName(name))
        {
            return ApiProblems.Invalid("name", "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        var json = await store.GetJsonAsync(name, cancellationToken).ConfigureAwait(false);
        return json is null ? ApiProblems.NotFound($"no saved architecture named '{name}'") : Results.Json(json.Value);
    }

    private static async Task<IResult> PutAsync(string name, HttpRequest request, ArchitectureStore store, CancellationToken cancellationToken)
    {
        if (!ArchitectureStore.IsValidName(name))
        {
            return ApiProblems.Invalid("name", "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        var (body, error) = await RequestJson.ReadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return ApiProblems.Invalid("body", error);
        }

        var errors = await store.SaveAsync(name, body, cancellationToken).ConfigureAwait(false);
        return errors.Count > 0 ? ApiProblems.Invalid("architecture", errors) : Results.Ok(new { name, saved = true });
    }
}
