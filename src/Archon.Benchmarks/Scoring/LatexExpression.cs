using System.Globalization;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// Evaluates a normalised LaTeX arithmetic expression to a number: decimals, <c>+ - * /</c>, <c>\cdot</c>,
/// <c>\times</c>, <c>\div</c>, <c>^</c>, <c>\frac{}{}</c>, <c>\sqrt{}</c> and <c>\sqrt[n]{}</c>, <c>\pi</c>,
/// braces, parentheses and implicit multiplication (<c>2\sqrt{3}</c>). Anything else is not a number.
/// </summary>
internal sealed class LatexExpression
{
    private readonly string _s;
    private int _i;

    private LatexExpression(string s) => _s = s;

    public static bool TryEvaluate(string text, out double value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parser = new LatexExpression(text);
        try
        {
            value = parser.Expression();
            return parser._i == parser._s.Length && double.IsFinite(value);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private double Expression()
    {
        var v = Term();
        while (_i < _s.Length && _s[_i] is '+' or '-')
        {
            var op = _s[_i++];
            var r = Term();
            v = op == '+' ? v + r : v - r;
        }

        return v;
    }

    private double Term()
    {
        var v = Unary();
        while (_i < _s.Length)
        {
            if (_s[_i] == '*')
            {
                _i++;
                v *= Unary();
            }
            else if (Eat("\\cdot") || Eat("\\times"))
            {
                v *= Unary();
            }
            else if (_s[_i] == '/')
            {
                _i++;
                v /= Unary();
            }
            else if (Eat("\\div"))
            {
                v /= Unary();
            }
            else if (StartsAtom())
            {
                v *= Power();
            }
            else
            {
                break;
            }
        }

        return v;
    }

    private double Unary()
    {
        if (_i < _s.Length && _s[_i] == '-')
        {
            _i++;
            return -Unary();
        }

        if (_i < _s.Length && _s[_i] == '+')
        {
            _i++;
            return Unary();
        }

        return Power();
    }

    private double Power()
    {
        var b = Atom();
        if (_i < _s.Length && _s[_i] == '^')
        {
            _i++;
            var e = _i < _s.Length && _s[_i] == '{' ? Group() : SingleDigitOrAtom();
            return Math.Pow(b, e);
        }

        return b;
    }

    private double SingleDigitOrAtom()
    {
        if (_i < _s.Length && char.IsAsciiDigit(_s[_i]))
        {
            return _s[_i++] - '0';
        }

        if (_i < _s.Length && _s[_i] == '-')
        {
            _i++;
            return -SingleDigitOrAtom();
        }

        return Atom();
    }

    private bool StartsAtom() =>
        _i < _s.Length && (char.IsAsciiDigit(_s[_i]) || _s[_i] is '(' or '{' or '.' ||
                           At("\\frac") || At("\\sqrt") || At("\\pi"));

    private double Atom()
    {
        if (_i >= _s.Length)
        {
            throw new FormatException("unexpected end");
        }

        if (Eat("\\frac"))
        {
            var n = Group();
            var d = Group();
            return n / d;
        }

        if (Eat("\\sqrt"))
        {
            double degree = 2;
            if (_i < _s.Length && _s[_i] == '[')
            {
                _i++;
                degree = Expression();
                Expect(']');
            }

            var x = Group();
            return degree == 2 ? Math.Sqrt(x) : Math.Pow(x, 1 / degree);
        }

        if (Eat("\\pi"))
        {
            return Math.PI;
        }

        if (_s[_i] == '{')
        {
            return Group();
        }

        if (_s[_i] == '(')
        {
            _i++;
            var v = Expression();
            Expect(')');
            return v;
        }

        var start = _i;
        while (_i < _s.Length && (char.IsAsciiDigit(_s[_i]) || _s[_i] == '.'))
        {
            _i++;
        }

        if (start == _i || !double.TryParse(_s.AsSpan(start, _i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var num))
        {
            throw new FormatException("not a number");
        }

        return num;
    }

    private double Group()
    {
        if (_i < _s.Length && _s[_i] == '{')
        {
            _i++;
            var v = Expression();
            Expect('}');
            return v;
        }

        // \frac12 style single-character arguments.
        if (_i < _s.Length && char.IsAsciiDigit(_s[_i]))
        {
            return _s[_i++] - '0';
        }

        return Atom();
    }

    private void Expect(char c)
    {
        if (_i >= _s.Length || _s[_i] != c)
        {
            throw new FormatException($"expected '{c}'");
        }

        _i++;
    }

    private bool At(string token) =>
        string.CompareOrdinal(_s, _i, token, 0, token.Length) == 0 &&
        (_i + token.Length >= _s.Length || !char.IsAsciiLetter(_s[_i + token.Length]));

    private bool Eat(string token)
    {
        if (!At(token))
        {
            return false;
        }

        _i += token.Length;
        return true;
    }
}
