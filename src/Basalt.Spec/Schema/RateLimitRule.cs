using System.Globalization;

namespace Basalt.Spec.Schema;

/// <summary>At most <see cref="Count"/> requests per <see cref="Window"/> (<c>60/min</c>, <c>30/5min</c>).</summary>
public sealed record RateLimitRule(int Count, TimeSpan Window)
{
    private static readonly (TimeSpan Unit, string Name)[] Units =
        [(TimeSpan.FromDays(1), "day"), (TimeSpan.FromHours(1), "h"), (TimeSpan.FromMinutes(1), "min"), (TimeSpan.FromSeconds(1), "s")];

    /// <summary>The spec's form: the largest unit that divides the window, with its multiple when more than one.</summary>
    public override string ToString()
    {
        var (unit, name) = Units.FirstOrDefault(u => Window.Ticks % u.Unit.Ticks == 0, Units[^1]);
        var multiple = Window.Ticks / unit.Ticks;
        return Count.ToString(CultureInfo.InvariantCulture) + "/" + (multiple == 1 ? "" : multiple.ToString(CultureInfo.InvariantCulture)) + name;
    }
}
