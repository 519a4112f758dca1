namespace Archon.Benchmarks.Sandbox;

/// <summary>A compiled program's bytes, or the compiler's errors.</summary>
/// <param name="Assembly">The program (a console app), or null when compilation failed.</param>
/// <param name="Errors">Compiler errors (<c>CS0103 at line 12: …</c>); empty on success.</param>
public sealed record CSharpCompileResult(byte[]? Assembly, IReadOnlyList<string> Errors)
{
    /// <summary>True when the program compiled.</summary>
    public bool Succeeded => Assembly is not null;
}
