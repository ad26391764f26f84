using System.Text;

namespace Archive.Tools.Generation;

/// <summary>The placeholders a template may use; filled from the conversation so one chat stays coherent.</summary>
internal enum Slot : byte
{
    Item, Color, Color2, Size, Size2, City, Express, Order, Price, N, Amount, Days, Hours, Agent, Shop, Gift, Date,
    Height, Weight,
}

/// <summary>
/// A text with {slot} placeholders, parsed once up front: expansion is then only appends, which keeps a million
/// messages cheap.
/// </summary>
internal sealed class Template
{
    private readonly string[] _literals;   // one more than slots: literal, slot, literal, …, literal
    private readonly Slot[] _slots;

    public string Source { get; }

    private Template(string source, string[] literals, Slot[] slots)
    {
        Source = source;
        _literals = literals;
        _slots = slots;
    }

    public bool Uses(Slot slot) => Array.IndexOf(_slots, slot) >= 0;

    public static Template Parse(string source)
    {
        var literals = new List<string>();
        var slots = new List<Slot>();
        var current = new StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var close = source[i] == '{' ? source.IndexOf('}', i) : -1;
            if (close < 0) { current.Append(source[i]); continue; }
            var name = source[(i + 1)..close];
            if (!Enum.TryParse<Slot>(name, ignoreCase: true, out var slot))
                throw new FormatException($"unknown slot {{{name}}} in template \"{source}\"");
            literals.Add(current.ToString());
            current.Clear();
            slots.Add(slot);
            i = close;
        }
        literals.Add(current.ToString());
        return new Template(source, [.. literals], [.. slots]);
    }

    public void AppendTo(StringBuilder sb, ConversationContext context)
    {
        sb.Append(_literals[0]);
        for (var i = 0; i < _slots.Length; i++)
        {
            sb.Append(context.Value(_slots[i]));
            sb.Append(_literals[i + 1]);
        }
    }

    public override string ToString() => Source;
}

internal static class Templates
{
    public static Template[] Of(params string[] sources) => Array.ConvertAll(sources, Template.Parse);
}
