using System.Security.Cryptography;
using System.Text;

namespace Archon.Workflows;

/// <summary>
/// Ids of runs, searches and queries: 32 lowercase hex digits (new ones random, or derived from content so that the same
/// request always names the same instance), and the ids derived from them (<c>{searchId}-t{index}</c>, …).
/// </summary>
internal static class WorkflowIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>An id derived from <paramref name="content"/>: the same content, the same id.</summary>
    public static string From(string content) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32].ToLowerInvariant();

    /// <summary>True for an id of the forms the service creates (a base id, optionally with derived suffixes).</summary>
    public static bool IsValid(string id) =>
        id.Length is >= 32 and <= 96 && id[..32].All(char.IsAsciiHexDigitLower) && id[32..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
