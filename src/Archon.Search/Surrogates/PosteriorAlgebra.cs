using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>The posterior computations every Gaussian process shares, on standardised targets.</summary>
internal static class PosteriorAlgebra
{
    /// <summary>v = L⁻¹k by forward substitution.</summary>
    public static double[] ForwardSolve(Matrix<double> lower, double[] k)
    {
        var n = k.Length;
        var v = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = k[i];
            for (var j = 0; j < i; j++)
            {
                s -= lower[i, j] * v[j];
            }

            v[i] = s / lower[i, i];
        }

        return v;
    }

    /// <summary>Mean k*ᵀα and variance prior − ‖L⁻¹k*‖² at one point.</summary>
    public static (double Mean, double Variance) Marginal(Matrix<double> lower, Vector<double> alpha, double[] k, double prior)
    {
        double mu = 0;
        for (var i = 0; i < k.Length; i++)
        {
            mu += k[i] * alpha[i];
        }

        var v = ForwardSolve(lower, k);
        double vv = 0;
        foreach (var e in v)
        {
            vv += e * e;
        }

        return (mu, Math.Max(0, prior - vv));
    }

    /// <summary>
    /// Joint posterior at m points from the n × m cross-covariances and the m × m prior covariance:
    /// means K*ᵀα, covariance K** − VᵀV with V = L⁻¹K*.
    /// </summary>
    public static (double[] Means, Matrix<double> Covariance) Joint(Matrix<double> lower, Vector<double> alpha, Matrix<double> cross, Matrix<double> prior)
    {
        var v = Matrix<double>.Build.Dense(cross.RowCount, cross.ColumnCount);
        for (var c = 0; c < cross.ColumnCount; c++)
        {
            v.SetColumn(c, ForwardSolve(lower, cross.Column(c).ToArray()));
        }

        var means = cross.TransposeThisAndMultiply(alpha).ToArray();
        var covariance = prior - v.TransposeThisAndMultiply(v);
        return (means, covariance);
    }

    /// <summary>Mean and variance of observation i without its own noise σ²ᵢ: tᵢ − σ²ᵢαᵢ and σ²ᵢ − σ⁴ᵢ(C⁻¹)ᵢᵢ.</summary>
    public static (double Mean, double Variance) Observation(Matrix<double> lower, Vector<double> alpha, double[] t, double[] own, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, t.Length);
        var o = own[index];
        var mean = t[index] - (o * alpha[index]);

        // (C⁻¹)ᵢᵢ = ‖L⁻¹eᵢ‖²: forward substitution from row i on (earlier entries are zero).
        var n = t.Length;
        var u = new double[n];
        double inverse = 0;
        for (var r = index; r < n; r++)
        {
            var s = r == index ? 1.0 : 0.0;
            for (var j = index; j < r; j++)
            {
                s -= lower[r, j] * u[j];
            }

            u[r] = s / lower[r, r];
            inverse += u[r] * u[r];
        }

        return (mean, Math.Max(0, o - (o * o * inverse)));
    }
}
