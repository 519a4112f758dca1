namespace Archon.Core.Architectures;

/// <summary>The built-in component type names, as written in configs.</summary>
public static class ComponentTypes
{
    public const string Generator = "generator";
    public const string Fuser = "fuser";
    public const string Ranker = "ranker";
    public const string Critic = "critic";
    public const string Verifier = "verifier";
    public const string UnitTestGenerator = "unit_test_generator";
    public const string UnitTestEvaluator = "unit_test_evaluator";

    /// <summary>All seven built-in types.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
        [Generator, Fuser, Ranker, Critic, Verifier, UnitTestGenerator, UnitTestEvaluator];
}
