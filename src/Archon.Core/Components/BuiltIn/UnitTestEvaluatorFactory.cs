using Archon.Core.Architectures;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>Creates <c>unit_test_evaluator</c> components.</summary>
internal sealed class UnitTestEvaluatorFactory(ILogger logger, int parseRetries) : IComponentFactory
{
    public string Type => ComponentTypes.UnitTestEvaluator;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new UnitTestEvaluatorComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }
}
