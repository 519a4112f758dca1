using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Core.Components.BuiltIn;

/// <summary>The seven built-in components of DESIGN.md §2 and the registry that holds them.</summary>
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

    /// <summary>Adds the seven built-in factories to <paramref name="registry"/>.</summary>
    public static ComponentRegistry Register(ComponentRegistry registry, ILoggerFactory? loggerFactory = null, int parseRetries = DefaultParseRetries)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentOutOfRangeException.ThrowIfNegative(parseRetries);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Archon.Core.Components");
        return registry
            .Register(new GeneratorFactory(logger))
            .Register(new FuserFactory(logger))
            .Register(new RankerFactory(logger, parseRetries))
            .Register(new CriticFactory(logger, parseRetries))
            .Register(new VerifierFactory(logger, parseRetries))
            .Register(new UnitTestGeneratorFactory(logger, parseRetries))
            .Register(new UnitTestEvaluatorFactory(logger, parseRetries));
    }
}
