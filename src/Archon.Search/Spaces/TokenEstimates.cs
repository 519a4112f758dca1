namespace Archon.Search.Spaces;

/// <summary>
/// Token counts used to estimate a query's cost before running it. Defaults suit short reasoning tasks;
/// a space file may override them under <c>tokenEstimates</c>.
/// </summary>
/// <param name="PromptTokens">Tokens of the user's query. Default 300.</param>
/// <param name="AnswerTokens">Tokens of one candidate answer. Default 400.</param>
/// <param name="TestTokens">Tokens of one unit test. Default 50.</param>
public sealed record TokenEstimates(int PromptTokens = 300, int AnswerTokens = 400, int TestTokens = 50)
{
    public static TokenEstimates Default { get; } = new();
}
