using System.Text;
using System.Text.Json.Nodes;

namespace Archon.Service.Tests.Http.Corpus;

/// <summary>
/// The bad-input corpus, generated systematically: every body route × malformed bodies, wrong content types, and every
/// field of a valid request (nested ones included) replaced by each hostile value; bad ids on the id routes; unknown
/// routes and methods. The requests name <see cref="Architecture"/>, which the test saves first.
/// </summary>
internal static class BadInputCorpus
{
    public const string Architecture = "corpus-arch";

    private const string Json = "application/json";

    // Raw JSON values put in place of each field: wrong types, out-of-range and huge numbers, strings a JSON parser
    // accepts but .NET cannot turn into a string (lone surrogates), deep nesting.
    private static readonly string[] HostileValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "2147483648", "-9223372036854775809", "1e400", "-1e400", "1e-400",
        "123456789012345678901234567890", "\"\"", "\" \"", "\"x\"", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\u0000\"",
        "\"../../etc/passwd\"", "[]", "{}", "[null]", "{\"\": null}", new string('[', 70) + new string(']', 70),
        "\"" + new string('x', 20_000) + "\"",
    ];

    // Dataset names that break the name rule (too long, a control character): each must be a 400.
    private static readonly string[] RefusedDatasets = ["\"" + new string('d', 257) + "\"", "\"gsm8k\\u0007\"", "\"line\\nbreak\""];

    // Whole bodies that are not one valid JSON object (each must be a 400).
    private static readonly (string Name, byte[] Body)[] MalformedBodies =
    [
        ("empty", []),
        ("whitespace", Utf8("  \n\t ")),
        ("null", Utf8("null")),
        ("array", Utf8("[]")),
        ("number", Utf8("1")),
        ("string", Utf8("\"text\"")),
        ("true", Utf8("true")),
        ("open brace", Utf8("{")),
        ("missing value", Utf8("{\"a\":")),
        ("trailing comma", Utf8("{\"a\": 1,}")),
        ("single quotes", Utf8("{'a': 1}")),
        ("extra brace", Utf8("{\"a\": 1}}")),
        ("trailing text", Utf8("{\"a\": 1} and more")),
        ("two objects", Utf8("{} {}")),
        ("comment", Utf8("/* c */ {}")),
        ("NaN", Utf8("{\"a\": NaN}")),
        ("Infinity", Utf8("{\"a\": Infinity}")),
        ("unquoted key", Utf8("{a: 1}")),
        ("lone surrogate in a key", Utf8("{\"\\ud800\": 1}")),
        ("bad escape", Utf8("{\"a\": \"\\x41\"}")),
        ("raw control character", Utf8("{\"a\": \"line\nbreak\"}")),
        ("NUL byte", [.. Utf8("{\"a\": 1"), 0, .. Utf8("}")]),
        ("invalid UTF-8 in a string", [.. Utf8("{\"a\": \""), 0xC3, 0x28, .. Utf8("\"}")]),
        ("0xFF byte", [.. Utf8("{\"a\": \""), 0xFF, 0xFE, .. Utf8("\"}")]),
        ("truncated multi-byte sequence", [.. Utf8("{\"a\": \""), 0xE2, 0x82, .. Utf8("\"}")]),
        ("overlong encoding", [.. Utf8("{\"a\": \""), 0xC0, 0xAF, .. Utf8("\"}")]),
        ("encoded surrogate", [.. Utf8("{\"a\": \""), 0xED, 0xA0, 0x80, .. Utf8("\"}")]),
        ("UTF-16", Encoding.Unicode.GetBytes("{\"a\": 1}")),
        ("deep arrays", Utf8(new string('[', 10_000) + new string(']', 10_000))),
        ("deep objects", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 1_000)) + "1" + new string('}', 1_000))),
        ("huge exponent", Utf8("{\"a\": 1e99999999999}")),
        ("unterminated string", Utf8("{\"a\": \"never ends")),
    ];

    // Content types that are not JSON, with a valid JSON body (each must be a 400).
    private static readonly string[] WrongContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/octet-stream",
    ];

    private static readonly string[] BadIds =
    [
        "x", "..%2F..%2Fsecret", new string('a', 300), "%F0%9F%98%80", "%C3%28", ".", "-", "0123456789abcdef0123456789ABCDEF",
        "0123456789abcdef0123456789abcdef",
    ];

    public static IReadOnlyList<BadInputCase> All()
    {
        var cases = new List<BadInputCase>();
        foreach (var route in BodyRoutes())
        {
            foreach (var (name, body) in MalformedBodies)
            {
                cases.Add(new BadInputCase($"malformed body: {name}", route.Method, route.Path, body, Json, MustBe400: true));
            }

            foreach (var type in WrongContentTypes)
            {
                cases.Add(new BadInputCase($"content type {type}", route.Method, route.Path, Utf8(route.Body.ToJsonString()), type, MustBe400: true));
            }

            cases.Add(new BadInputCase("no content type", route.Method, route.Path, Utf8(route.Body.ToJsonString()), null, MustBe400: false));
            cases.Add(new BadInputCase("no body and no content type", route.Method, route.Path, null, null, MustBe400: true));
            foreach (var field in route.Fields)
            {
                foreach (var value in HostileValues)
                {
                    cases.Add(new BadInputCase($"{field} = {Shorten(value)}", route.Method, route.Path, Replace(route.Body, field, value), Json, MustBe400: false));
                }
            }

            foreach (var value in route.Fields.Contains("dataset") ? RefusedDatasets : [])
            {
                cases.Add(new BadInputCase($"dataset = {Shorten(value)}", route.Method, route.Path, Replace(route.Body, "dataset", value), Json, MustBe400: true));
            }
        }

        foreach (var (method, template) in IdRoutes())
        {
            foreach (var id in BadIds)
            {
                cases.Add(new BadInputCase($"id {Shorten(id)}", method, template.Replace("{id}", id, StringComparison.Ordinal), null, null, MustBe400: false));
            }
        }

        // Kestrel refuses a path holding an encoded NUL before the app sees the request: its own 400, without a body.
        cases.Add(new BadInputCase("encoded NUL in the path", HttpMethod.Get, "/api/benchmarks/%00", null, null, MustBe400: true) { BodyOptional = true });

        foreach (var (method, path) in UnknownRoutes())
        {
            cases.Add(new BadInputCase("unknown route", method, path, Utf8("{}"), Json, MustBe400: false, MustBe: 404));
        }

        return cases;
    }

    private static IEnumerable<BodyRoute> BodyRoutes()
    {
        var question = new JsonObject { ["architecture"] = Architecture, ["question"] = "What is 1 + 2?" };
        string[] questionFields = ["architecture", "question", "maxCalls", "maxCostUsd"];
        var messages = new JsonObject { ["architecture"] = Architecture, ["messages"] = Messages() };
        string[] messageFields = ["messages", "messages[0]", "messages[0].role", "messages[0].content", "messages[0].content[0]", "messages[0].content[0].text"];
        yield return new BodyRoute(HttpMethod.Post, "/api/query", question, questionFields);
        yield return new BodyRoute(HttpMethod.Post, "/api/query", messages, messageFields);
        yield return new BodyRoute(HttpMethod.Post, "/api/query?mode=async", question, questionFields);

        var chat = new JsonObject
        {
            ["model"] = Architecture, ["messages"] = Messages(), ["stream_options"] = new JsonObject { ["include_usage"] = true },
        };
        yield return new BodyRoute(HttpMethod.Post, "/api/v1/chat/completions", chat,
        [
            "model", "stream", "stream_options", "stream_options.include_usage", "n", "temperature", "max_tokens", "max_completion_tokens",
            "stop", "user", .. messageFields,
        ]);

        var architecture = new JsonObject
        {
            ["name"] = "corpus-put",
            ["layers"] = new JsonArray(new JsonArray(new JsonObject
            {
                ["type"] = "generator", ["model"] = "sim-large", ["temperature"] = 0.7, ["max_tokens"] = 64, ["samples"] = 1,
            })),
        };
        yield return new BodyRoute(HttpMethod.Put, "/api/architectures/corpus-put", architecture,
        [
            "name", "layers", "layers[0]", "layers[0][0]", "layers[0][0].type", "layers[0][0].model", "layers[0][0].temperature",
            "layers[0][0].max_tokens", "layers[0][0].samples", "layers[0][0].top_k",
        ]);

        var benchmark = new JsonObject { ["architecture"] = Architecture, ["items"] = Items(), ["parallel"] = 1 };
        string[] itemFields = ["items", "items[0]", "items[0].id", "items[0].question", "items[0].answer", "data", "limit", "dataset", "judge", "baseline", "baselineRun"];
        yield return new BodyRoute(HttpMethod.Post, "/api/benchmarks", benchmark, ["architecture", "seed", "parallel", "itemExecution", .. itemFields]);

        var candidates = new JsonObject { ["architectures"] = new JsonArray(Architecture), ["items"] = Items(), ["parallel"] = 1 };
        yield return new BodyRoute(HttpMethod.Post, "/api/searches", candidates,
        [
            "architectures", "architectures[0]", "parallel", "costWeight", "searchFraction", "dataSeed", "space", .. itemFields,
        ]);

        var space = new JsonObject
        {
            ["space"] = new JsonObject
            {
                ["name"] = "corpus-space",
                ["ranking"] = new JsonArray("sim-small", "sim-large"),
                ["generators"] = new JsonObject { ["topK"] = new JsonObject { ["min"] = 1, ["max"] = 2 }, ["samples"] = new JsonArray(1, 2) },
                ["fusion"] = new JsonObject { ["layers"] = 1, ["models"] = new JsonArray("sim-large") },
                ["constraints"] = new JsonObject { ["maxCallsPerQuery"] = 4 },
            },
            ["maxTrials"] = 1,
            ["items"] = Items(),
        };
        yield return new BodyRoute(HttpMethod.Post, "/api/searches", space,
        [
            "space.name", "space.ranking", "space.ranking[0]", "space.generators", "space.generators.topK", "space.generators.topK.max",
            "space.generators.samples", "space.generators.samples[1]", "space.fusion", "space.fusion.layers", "space.fusion.models",
            "space.constraints", "space.constraints.maxCallsPerQuery", "strategy", "maxTrials", "seed", "initialPoints", "budgetCalls",
            "budgetUsd", "architectures",
        ]);
    }

    private static IEnumerable<(HttpMethod Method, string Template)> IdRoutes() =>
    [
        (HttpMethod.Get, "/api/query/{id}"),
        (HttpMethod.Get, "/api/benchmarks/{id}"),
        (HttpMethod.Delete, "/api/benchmarks/{id}"),
        (HttpMethod.Get, "/api/searches/{id}"),
        (HttpMethod.Delete, "/api/searches/{id}"),
        (HttpMethod.Get, "/api/architectures/{id}"),
    ];

    private static IEnumerable<(HttpMethod Method, string Path)> UnknownRoutes() =>
    [
        (HttpMethod.Get, "/api/v1/nothing-here"),
        (HttpMethod.Post, "/api/v1/completions"),
        (HttpMethod.Post, "/api/v1/chat/completion"),
        (HttpMethod.Post, "/api/v1/embeddings"),
        (HttpMethod.Get, "/api/v1/models/corpus-arch/extra"),
        (HttpMethod.Post, "/api/v1/chat/completions/extra"),
        (HttpMethod.Get, "/api/nothing-here"),
        (HttpMethod.Post, "/api/querys"),
        (HttpMethod.Post, "/api/BenchWork"),
        (HttpMethod.Post, "/api/ScheduledSearches"),
        (HttpMethod.Get, "/api/benchmarks/a/b"),
        (HttpMethod.Get, "/api/benchmarks/a/" + new string('x', 5_000)),
        (HttpMethod.Post, "/api/v1/" + new string('x', 5_000)),
        (HttpMethod.Get, "/nothing-here"),
        (HttpMethod.Get, "/"),
    ];

    private static JsonArray Messages() => new(new JsonObject
    {
        ["role"] = "user",
        ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "What is 1 + 2?" }),
    });

    private static JsonArray Items() => new(new JsonObject { ["id"] = "a", ["question"] = "What is 1 + 1?", ["answer"] = "2" });

    /// <summary>The body with the value at <paramref name="path"/> (set or replaced) as the raw JSON <paramref name="rawValue"/>.</summary>
    private static byte[] Replace(JsonObject body, string path, string rawValue)
    {
        const string Marker = "\u0001corpus-value\u0001";
        var copy = body.DeepClone().AsObject();
        JsonNode parent = copy;
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < steps.Length - 1; i++)
        {
            parent = Step(parent, steps[i]) ?? throw new InvalidOperationException($"corpus path {path}: no {steps[i]}");
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = Marker;
        }
        else
        {
            parent.AsObject()[last] = Marker;
        }

        var text = copy.ToJsonString();
        var quoted = System.Text.Json.JsonSerializer.Serialize(Marker);
        return Utf8(text.Replace(quoted, rawValue, StringComparison.Ordinal));
    }

    private static JsonNode? Step(JsonNode node, string step) =>
        step.StartsWith('[') ? node.AsArray()[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)] : node.AsObject()[step];

    private static string Shorten(string value) => value.Length > 40 ? value[..20] + $"…({value.Length} chars)" : value;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
