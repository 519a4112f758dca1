namespace Archon.Service.Tests.Http.Corpus;

/// <summary>One hostile or malformed request of the bad-input corpus and what the service must answer.</summary>
/// <param name="Name">What the case sends, for failure messages.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path (and query string).</param>
/// <param name="Body">The raw body bytes, or null for none.</param>
/// <param name="ContentType">The Content-Type header, or null for none.</param>
/// <param name="MustBe400">True when the body is not a valid request at all (it must be refused with 400, not just any 4xx).</param>
/// <param name="MustBe">An exact status the case must get (e.g. 404 for an unknown route), or null.</param>
internal sealed record BadInputCase(string Name, HttpMethod Method, string Path, byte[]? Body, string? ContentType, bool MustBe400, int? MustBe = null)
{
    /// <summary>True when the answer may have no body (the HTTP server refused the request before the app saw it).</summary>
    public bool BodyOptional { get; init; }

    /// <summary>True for routes that answer in OpenAI's error shape.</summary>
    public bool OpenAiShape => Path.StartsWith("/api/v1/", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Path} [{Name}]";
}
