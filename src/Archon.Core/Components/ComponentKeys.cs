namespace Archon.Core.Components;

/// <summary>The component keys (JSON names, as in the original Archon configs) that the built-in components read.</summary>
public static class ComponentKeys
{
    /// <summary>Rankers and fusers: include the critiques a critic attached to the candidates in the prompt (default true; <c>false</c> opts out).</summary>
    public const string UseCritiques = "use_critiques";

    /// <summary>Fusers: ask for a concise fused answer.</summary>
    public const string LengthControl = "length_control";

    /// <summary>Unit-test generators: how many tests to ask for (and keep at most).</summary>
    public const string UnitTestCap = "unit_test_cap";

    /// <summary>Unit-test evaluators: show the query without the unit tests appended to it.</summary>
    public const string RemoveUnitTestsFromPrompt = "remove_unit_tests_from_prompt";

    /// <summary>
    /// Fusers: fuse only the first k incoming candidates. Verifiers and unit-test evaluators: keep only the first k
    /// candidates (in incoming order) that pass (all tests), when that many do.
    /// </summary>
    public const string FirstK = "first_k";

    /// <summary>Unit-test evaluators: the original format's older spelling of <c>first_k: 1</c>.</summary>
    public const string FirstPass = "first_pass";

    /// <summary>Every component: send no system message (for models that reject one).</summary>
    public const string NoSystem = "no_system";
}
