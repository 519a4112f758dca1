using Archon.Core.Text;
using Archon.Workflows.Architectures;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary><c>PUT/GET /api/architectures/{name}</c> and <c>GET /api/architectures</c>.</summary>
internal sealed class ArchitectureApi(ArchitectureStore store)
{
    private const string NameRule = "must be 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit";

    public async Task<IResult> ListAsync(CancellationToken cancellationToken) =>
        ApiResults.Ok(new { architectures = await store.ListAsync(cancellationToken).ConfigureAwait(false) });

    public async Task<IResult> GetAsync(string name, CancellationToken cancellationToken)
    {
        if (!ArchitectureStore.IsValidName(name))
        {
            return ApiProblems.Invalid("name", NameRule);
        }

        var json = await store.GetJsonAsync(name, cancellationToken).ConfigureAwait(false);
        return json is null ? ApiProblems.NotFound($"no saved architecture named '{ClippedText.Clip(name)}'") : Results.Json(json.Value);
    }

    public async Task<IResult> PutAsync(string name, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!ArchitectureStore.IsValidName(name))
        {
            return ApiProblems.Invalid("name", NameRule);
        }

        if (store.IsBuiltIn(name))
        {
            return ApiProblems.Conflict($"'{ClippedText.Clip(name)}' is a built-in architecture and cannot be replaced; save your version under another name");
        }

        var (body, error) = await RequestJson.ReadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return ApiProblems.Invalid("body", error);
        }

        var errors = await store.SaveAsync(name, body, cancellationToken).ConfigureAwait(false);
        return errors.Count > 0 ? ApiProblems.Invalid("architecture", errors) : ApiResults.Ok(new { name, saved = true });
    }
}
