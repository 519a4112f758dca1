using Archon.Core.Synthetic;

namespace Archon.Models.Simulation;

/// <summary>
/// A judge prompt recognised in a simulated model's input: which kind, the question, the answer(s) to judge, the
/// gold answers (score kind) and — when the question is a synthetic task — its correct answer. Recognition keys on
/// the section markers and reply formats of the bench library's judge prompts; anything else is not a judge prompt.
/// </summary>
internal sealed record SimJudgePrompt(SimJudgeKind Kind, string Question, IReadOnlyList<string> Answers, IReadOnlyList<string> Gold, long? Correct)
{
    private const string StartA = "<|The Start of Assistant A's Answer|>";
    private const string EndA = "<|The End of Assistant A's Answer|>";
    private const string StartB = "<|The Start of Assistant B's Answer|>";
    private const string EndB = "<|The End of Assistant B's Answer|>";
    private const string UserPrompt = "<|User Prompt|>";
    private const string ConversationStart = "<|The Start of the Conversation|>";
    private const string ConversationEnd = "<|The End of the Conversation|>";
    private const string ReferenceStart = "<|The Start of Reference Answer|>";
    private const string ReferenceEnd = "<|The End of Reference Answer|>";
    private const string UserTurn = "### User:";
    private const string AssistantTurn = "### Assistant:";
    private const string GoldHeader = "Gold answers";
    private const string GradeHeader = "Answer to grade:";

    /// <summary>Recognises a judge prompt in <paramref name="text"/>; null when it is not one.</summary>
    public static SimJudgePrompt? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(StartA, StringComparison.Ordinal) && text.Contains(StartB, StringComparison.Ordinal))
        {
            var question = Between(text, UserPrompt, StartA) ?? string.Empty;
            var a = Between(text, StartA, EndA) ?? string.Empty;
            var b = Between(text, StartB, EndB) ?? string.Empty;
            return new(SimJudgeKind.Pairwise, question, [a, b], [], Solve(question));
        }

        // The user message alone must suffice: a fuser judging sees the query without the system instructions.
        if (text.Contains(ConversationStart, StringComparison.Ordinal)
            && (text.Contains("Rating", StringComparison.OrdinalIgnoreCase) || text.Contains("Rate the assistant", StringComparison.OrdinalIgnoreCase)))
        {
            var conversation = Between(text, ConversationStart, ConversationEnd) ?? string.Empty;
            var lastUser = conversation.LastIndexOf(UserTurn, StringComparison.Ordinal);
            var lastAssistant = conversation.LastIndexOf(AssistantTurn, StringComparison.Ordinal);
            var question = lastUser >= 0 && lastAssistant > lastUser ? conversation[(lastUser + UserTurn.Length)..lastAssistant].Trim() : string.Empty;
            var answer = lastAssistant >= 0 ? conversation[(lastAssistant + AssistantTurn.Length)..].Trim() : string.Empty;
            var reference = Between(text, ReferenceStart, ReferenceEnd);
            // Only a synthetic question decides correctness: a prose reference answer may mention "answer: N" loosely.
            return new(SimJudgeKind.Rating, question, [answer], reference is null ? [] : [reference], Solve(question));
        }

        var gold = text.IndexOf(GoldHeader, StringComparison.Ordinal);
        var grade = text.IndexOf(GradeHeader, StringComparison.Ordinal);
        if (gold >= 0 && grade > gold)
        {
            var question = Between(text, "Question:", GoldHeader) ?? string.Empty;
            var goldBlock = text[gold..grade];
            var golds = goldBlock.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
                .Select(l => l[2..].Trim())
                .Where(l => l.Length > 0)
                .ToList();
            var answer = text[(grade + GradeHeader.Length)..].Trim();
            return new(SimJudgeKind.Score, question, [answer], golds, Solve(question));
        }

        return null;
    }

    private static long? Solve(string question) => SyntheticTasks.TrySolve(question, out var answer) ? answer : null;

    private static string? Between(string? text, string open, string close)
    {
        if (text is null)
        {
            return null;
        }

        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += open.Length;
        var end = text.IndexOf(close, start, StringComparison.Ordinal);
        return (end >= 0 ? text[start..end] : text[start..]).Trim();
    }
}
