using Archon.Core.Components.Critic;
using Archon.Core.Components.Fuser;
using Archon.Core.Components.Generator;
using Archon.Core.Components.Ranker;
using Archon.Core.Components.UnitTestEvaluator;
using Archon.Core.Components.UnitTestGenerator;
using Archon.Core.Components.Verifier;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>
/// The seven built-in component kinds of the paper and the registry that holds them: the one place a kind is
/// registered. Each kind's folder (<c>Components/Generator</c>, <c>Components/Ranker</c>, …) holds its component,
/// prompt, reply parser and merge rule.
/// </summary>
public static class BuiltInComponents
{
    /// <summary>Re-asks after an unparseable structured reply before a component falls back (3 calls at most).</summary>
    public const int DefaultParseRetries = 2;

    /// <summary>
    /// A registry with all seven built-in types (generator, fuser, ranker, critic, verifier, unit_test_generator,
    /// unit_test_evaluator). Register custom types on it afterwards; registering a built-in name replaces it.
    /// </summary>
    /// <param name="loggerFactory">Where components log degradations; none when null.</param>
    /// <param name="parseRetries">Re-asks after unparseable structured output, default <see cref="DefaultParseRetries"/>.</param>
    public static ComponentRegistry CreateRegistry(ILoggerFactory? loggerFactory = null, int parseRetries = DefaultParseRetries) =>
        Register(new ComponentRegistry(), loggerFactory, parseRetries);

    /// <summary>Adds the seven built-in kinds to <paramref name="registry"/>.</summary>
    public static ComponentRegistry Register(ComponentRegistry registry, ILoggerFactory? loggerFactory = null, int parseRetries = DefaultParseRetries)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentOutOfRangeException.ThrowIfNegative(parseRetries);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Archon.Core.Components");
        return registry
            .Register(new GeneratorKind(logger))
            .Register(new FuserKind(logger))
            .Register(new RankerKind(logger, parseRetries))
            .Register(new CriticKind(logger, parseRetries))
            .Register(new VerifierKind(logger, parseRetries))
            .Register(new UnitTestGeneratorKind(logger, parseRetries))
            .Register(new UnitTestEvaluatorKind(logger, parseRetries));
    }
}
