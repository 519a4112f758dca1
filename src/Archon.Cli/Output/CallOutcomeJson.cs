using System.Text.Json;
using Archon.Core.Tracing;

namespace Archon.Cli.Output;

/// <summary>
/// Writes what one call contributed into its trace element, each field only when the call has it:
/// <c>candidates</c> [{id, text}] a generator or fuser call produced; <c>critiques</c> [{candidate, strengths,
/// weaknesses}]; <c>ranking</c> [ids, best first]; <c>verdicts</c> [{candidate, passed, reasoning}];
/// <c>unitTests</c> [text]; <c>unitTestResults</c> [{candidate, results: [{test, passed, reasoning}]}];
/// <c>unparseable</c>: true when the reply could not be read.
/// </summary>
internal static class CallOutcomeJson
{
    public static void Write(Utf8JsonWriter json, CallOutcome outcome)
    {
        if (outcome.Candidates.Count > 0)
        {
            json.WriteStartArray("candidates");
            foreach (var candidate in outcome.Candidates)
            {
                json.WriteStartObject();
                json.WriteString("id", candidate.Id);
                json.WriteString("text", candidate.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteAnnotations(json, "critiques", outcome.Annotations.Where(a => a.Critique is not null), (a, j) =>
        {
            j.WriteString("strengths", a.Critique!.Strengths);
            j.WriteString("weaknesses", a.Critique.Weaknesses);
        });
        WriteStrings(json, "ranking", outcome.Ranking);
        WriteAnnotations(json, "verdicts", outcome.Annotations.Where(a => a.Verdict is not null), (a, j) =>
        {
            j.WriteBoolean("passed", a.Verdict!.Passed);
            j.WriteString("reasoning", a.Verdict.Reasoning);
        });
        WriteStrings(json, "unitTests", outcome.UnitTests);
        WriteAnnotations(json, "unitTestResults", outcome.Annotations.Where(a => a.UnitTestResults is not null), (a, j) =>
        {
            j.WriteStartArray("results");
            foreach (var result in a.UnitTestResults!)
            {
                j.WriteStartObject();
                j.WriteString("test", result.Test);
                j.WriteBoolean("passed", result.Passed);
                j.WriteString("reasoning", result.Reasoning);
                j.WriteEndObject();
            }

            j.WriteEndArray();
        });
        if (outcome.Unparseable)
        {
            json.WriteBoolean("unparseable", true);
        }
    }

    private static void WriteAnnotations(
        Utf8JsonWriter json, string name, IEnumerable<CandidateAnnotation> annotations, Action<CandidateAnnotation, Utf8JsonWriter> body)
    {
        var list = annotations.ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var annotation in list)
        {
            json.WriteStartObject();
            json.WriteString("candidate", annotation.CandidateId);
            body(annotation, json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
