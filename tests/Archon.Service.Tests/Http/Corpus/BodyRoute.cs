using System.Text.Json.Nodes;

namespace Archon.Service.Tests.Http.Corpus;

/// <summary>A route that takes a JSON body, a valid body for it, and the fields (JSON paths) the corpus spoils one at a time.</summary>
internal sealed record BodyRoute(HttpMethod Method, string Path, JsonObject Body, IReadOnlyList<string> Fields);
