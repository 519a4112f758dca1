using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// Compiles C# source to a console program in-process with Roslyn, against the assemblies of the running .NET runtime
/// (loaded once per process, so each later compile costs only the program's own work). <c>DEBUG</c> is defined, so
/// <c>Debug.Assert</c> checks run. Compiling runs none of the code.
/// </summary>
internal static class CSharpCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, preprocessorSymbols: ["DEBUG", "TRACE"]);

    /// <summary>Compiles <paramref name="sources"/> with <paramref name="mainType"/> as the entry point.</summary>
    public static CSharpCompileResult Compile(IReadOnlyList<string> sources, string mainType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions, cancellationToken: cancellationToken)).ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            mainTypeName: mainType,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Disable,
            concurrentBuild: false);
        var compilation = CSharpCompilation.Create("program", trees, References.Value, options);
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe, cancellationToken: cancellationToken);
        if (emitted.Success)
        {
            return new CSharpCompileResult(pe.ToArray(), []);
        }

        var errors = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Id} at line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(CultureInfo.InvariantCulture)}"))
            .ToList();
        return new CSharpCompileResult(null, errors);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)
                         ?? throw new InvalidOperationException("the .NET runtime directory is unknown");
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var dll in Directory.EnumerateFiles(runtimeDir, "*.dll").Order(StringComparer.Ordinal))
        {
            try
            {
                references.Add(MetadataReference.CreateFromFile(dll));
            }
            catch (BadImageFormatException)
            {
                // A native library shipped beside the managed ones.
            }
        }

        return references.ToImmutable();
    }
}
