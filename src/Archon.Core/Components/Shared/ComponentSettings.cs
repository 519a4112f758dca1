using Archon.Core.Architectures;

namespace Archon.Core.Components.Shared;

/// <summary>Reads component keys whose meaning spans more than one key.</summary>
internal static class ComponentSettings
{
    /// <summary><c>first_k</c> when positive, otherwise null.</summary>
    public static int? FirstK(ComponentConfig config) =>
        config.GetInt(ComponentKeys.FirstK) is { } k and > 0 ? k : null;

    /// <summary>
    /// The unit-test evaluator's <c>first_k</c>: as <see cref="FirstK"/>, but 1 when only the older <c>first_pass</c>
    /// is set (the original evaluator's backwards compatibility).
    /// </summary>
    public static int? EvaluatorFirstK(ComponentConfig config) =>
        FirstK(config) ?? (config.GetBool(ComponentKeys.FirstPass) ? 1 : null);

    /// <summary>
    /// Rankers and fusers: whether the critiques attached to the incoming candidates go into the prompt. True unless
    /// <c>use_critiques</c> is <c>false</c>, so a critic's work reaches the ranker or fuser after it, as in the paper's
    /// reference implementation; a candidate without a critique is shown without one.
    /// </summary>
    public static bool UsesCritiques(ComponentConfig config) =>
        config.GetBool(ComponentKeys.UseCritiques, defaultValue: true);
}
