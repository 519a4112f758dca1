using System.Globalization;
using System.Text.RegularExpressions;

namespace Archon.Core.Synthetic;

/// <summary>The templates of the synthetic task family. Each question states every number it needs.</summary>
internal static partial class SyntheticTemplates
{
    private static readonly string[] Names =
        ["Mia", "Noah", "Ava", "Liam", "Zoe", "Omar", "Ines", "Ravi", "Lena", "Hugo", "Sara", "Theo"];

    private static readonly string[] Items = ["marbles", "stickers", "pencils", "stamps", "shells", "cards"];

    private static readonly string[] Pronouns = ["She", "He", "She", "He", "She", "He", "She", "He", "She", "He", "She", "He"];

    public static IReadOnlyList<SyntheticTemplate> All { get; } =
    [
        new("bags", "bags", CreateBags, BagsPattern(), m => N(m, "a") + (N(m, "b") * N(m, "c")) - N(m, "d"), m => E(m, "{0} + {1} × {2} − {3}", "a", "b", "c", "d")),
        new("bakery", "bakery", CreateBakery, BakeryPattern(), m => (N(m, "a") * N(m, "b")) - N(m, "c"), m => E(m, "{0} × {1} − {2}", "a", "b", "c")),
        new("reading", "pages", CreateReading, ReadingPattern(), m => (N(m, "a") * N(m, "b")) + N(m, "c"), m => E(m, "{0} × {1} + {2}", "a", "b", "c")),
        new("train", "train", CreateTrain, TrainPattern(), m => (N(m, "a") - N(m, "b") + N(m, "c")) * (m.Groups["k3"].Success ? 3 : 2), m => E(m, "({0} − {1} + {2}) × " + (m.Groups["k3"].Success ? "3" : "2"), "a", "b", "c")),
        new("savings", "saves", CreateSavings, SavingsPattern(), m => (N(m, "a") * N(m, "b")) - N(m, "c"), m => E(m, "{0} × {1} − {2}", "a", "b", "c")),
        new("orchard", "farmer", CreateOrchard, OrchardPattern(), m => (N(m, "a") * N(m, "b") * N(m, "c")) - N(m, "d"), m => E(m, "{0} × {1} × {2} − {3}", "a", "b", "c", "d")),
    ];

    private static long N(Match m, string group) => long.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static string E(Match m, string format, params string[] groups) =>
        string.Format(CultureInfo.InvariantCulture, format, [.. groups.Select(g => (object)m.Groups[g].Value)]);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static (string, long) CreateBags(Random r)
    {
        var who = r.Next(Names.Length);
        var item = Items[r.Next(Items.Length)];
        int a = r.Next(5, 60), b = r.Next(2, 9), c = r.Next(3, 13), d = r.Next(1, a);
        var q = F($"{Names[who]} has {a} {item}. {Pronouns[who]} buys {b} bags with {c} {item} each and gives away {d}. How many {item} does {Names[who]} have now?");
        return (q, a + ((long)b * c) - d);
    }

    private static (string, long) CreateBakery(Random r)
    {
        int a = r.Next(3, 15), b = r.Next(6, 25);
        var c = r.Next(1, a * b);
        var q = F($"A bakery bakes {a} trays of {b} cookies each morning. By noon it has sold {c} cookies. How many cookies are left?");
        return (q, ((long)a * b) - c);
    }

    private static (string, long) CreateReading(Random r)
    {
        var who = r.Next(Names.Length);
        int a = r.Next(8, 45), b = r.Next(2, 10), c = r.Next(1, 30);
        var q = F($"{Names[who]} reads {a} pages on each of {b} days, then {c} more pages on the last evening. How many pages does {Names[who]} read in total?");
        return (q, ((long)a * b) + c);
    }

    private static (string, long) CreateTrain(Random r)
    {
        int a = r.Next(20, 120), b = r.Next(1, 20), c = r.Next(1, 40), k = r.Next(2, 4);
        var times = k == 2 ? "doubles" : "triples";
        var q = F($"A train carries {a} passengers. At the first stop {b} passengers get off and {c} get on. At the second stop the number of passengers {times}. How many passengers are on the train now?");
        return (q, ((long)a - b + c) * k);
    }

    private static (string, long) CreateSavings(Random r)
    {
        var who = r.Next(Names.Length);
        int a = r.Next(5, 50), b = r.Next(3, 20);
        var c = r.Next(1, a * b);
        var q = F($"{Names[who]} saves {a} dollars every week for {b} weeks and then spends {c} dollars on a gift. How many dollars does {Names[who]} have left?");
        return (q, ((long)a * b) - c);
    }

    private static (string, long) CreateOrchard(Random r)
    {
        int a = r.Next(2, 12), b = r.Next(3, 15), c = r.Next(5, 40);
        var d = r.Next(1, Math.Min(a * b * c, 200));
        var q = F($"A farmer has {a} rows of {b} apple trees. Each tree gives {c} apples, and {d} apples are rotten. How many good apples does the farmer have?");
        return (q, ((long)a * b * c) - d);
    }

    [GeneratedRegex(@"(?<name>[A-Z][a-z]+)\s+has\s+(?<a>\d+)\s+(?<item>[a-z]+)\.\s+(?:She|He|They)\s+buys\s+(?<b>\d+)\s+bags\s+with\s+(?<c>\d+)\s+\k<item>\s+each\s+and\s+gives\s+away\s+(?<d>\d+)\.\s+How\s+many\s+\k<item>\s+does\s+\k<name>\s+have\s+now\?")]
    private static partial Regex BagsPattern();

    [GeneratedRegex(@"A\s+bakery\s+bakes\s+(?<a>\d+)\s+trays\s+of\s+(?<b>\d+)\s+cookies\s+each\s+morning\.\s+By\s+noon\s+it\s+has\s+sold\s+(?<c>\d+)\s+cookies\.\s+How\s+many\s+cookies\s+are\s+left\?")]
    private static partial Regex BakeryPattern();

    [GeneratedRegex(@"(?<name>[A-Z][a-z]+)\s+reads\s+(?<a>\d+)\s+pages\s+on\s+each\s+of\s+(?<b>\d+)\s+days,\s+then\s+(?<c>\d+)\s+more\s+pages\s+on\s+the\s+last\s+evening\.\s+How\s+many\s+pages\s+does\s+\k<name>\s+read\s+in\s+total\?")]
    private static partial Regex ReadingPattern();

    [GeneratedRegex(@"A\s+train\s+carries\s+(?<a>\d+)\s+passengers\.\s+At\s+the\s+first\s+stop\s+(?<b>\d+)\s+passengers\s+get\s+off\s+and\s+(?<c>\d+)\s+get\s+on\.\s+At\s+the\s+second\s+stop\s+the\s+number\s+of\s+passengers\s+(?:(?<k2>doubles)|(?<k3>triples))\.\s+How\s+many\s+passengers\s+are\s+on\s+the\s+train\s+now\?")]
    private static partial Regex TrainPattern();

    [GeneratedRegex(@"(?<name>[A-Z][a-z]+)\s+saves\s+(?<a>\d+)\s+dollars\s+every\s+week\s+for\s+(?<b>\d+)\s+weeks\s+and\s+then\s+spends\s+(?<c>\d+)\s+dollars\s+on\s+a\s+gift\.\s+How\s+many\s+dollars\s+does\s+\k<name>\s+have\s+left\?")]
    private static partial Regex SavingsPattern();

    [GeneratedRegex(@"A\s+farmer\s+has\s+(?<a>\d+)\s+rows\s+of\s+(?<b>\d+)\s+apple\s+trees\.\s+Each\s+tree\s+gives\s+(?<c>\d+)\s+apples,\s+and\s+(?<d>\d+)\s+apples\s+are\s+rotten\.\s+How\s+many\s+good\s+apples\s+does\s+the\s+farmer\s+have\?")]
    private static partial Regex OrchardPattern();
}
