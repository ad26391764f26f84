using System.Text;

namespace Archive.Ingestion.Parsing;

/// <summary>One CSV/TSV record: its fields, where it starts (1-based physical line, char offset) and ends.</summary>
internal sealed record DelimitedRecord(List<string> Fields, int Line, int Start, int End, string? Error)
{
    /// <summary>An empty or whitespace-only line: skipped, never an error.</summary>
    public bool IsBlank => Error is null && Fields.Count == 1 && string.IsNullOrWhiteSpace(Fields[0]);
}

/// <summary>
/// RFC 4180 reading with the delimiter as a parameter. Line breaks are CRLF, LF or a lone CR; inside quotes they
/// are kept as "\n". A quote that does not start a field is literal. On a quoting error the record is reported and
/// reading resumes at the physical line after the one where the record started.
/// </summary>
internal sealed class RecordReader(string text, char delimiter)
{
    private readonly StringBuilder _quoted = new();
    private int _pos;
    private int _line = 1;

    public bool TryRead(out DelimitedRecord record)
    {
        record = null!;
        if (_pos >= text.Length) return false;
        int start = _pos, startLine = _line;
        var fields = new List<string>();
        while (true)
        {
            string? error = null;
            var atEnd = _pos < text.Length && text[_pos] == '"' ? ReadQuoted(fields, out error) : ReadPlain(fields);
            if (error is not null)
            {
                record = new DelimitedRecord(fields, startLine, start, LineEnd(start), $"{error} in field {fields.Count + 1}");
                ResumeAfterLine(start, startLine);
                return true;
            }
            if (atEnd)
            {
                record = new DelimitedRecord(fields, startLine, start, TrimmedEnd(start), null);
                return true;
            }
        }
    }

    /// <summary>The physical line starting at <paramref name="start"/>, for excerpts of broken records.</summary>
    public ReadOnlySpan<char> PhysicalLine(int start) => text.AsSpan(start, LineEnd(start) - start);

    /// <summary>Reads an unquoted field; true when it ended the record.</summary>
    private bool ReadPlain(List<string> fields)
    {
        var rest = text.AsSpan(_pos);
        var stop = rest.IndexOfAny(delimiter, '\r', '\n');
        if (stop < 0) stop = rest.Length;
        fields.Add(text.Substring(_pos, stop));
        _pos += stop;
        return EndField();
    }

    private bool ReadQuoted(List<string> fields, out string? error)
    {
        error = null;
        _quoted.Clear();
        var i = _pos + 1;
        var lines = 0;
        while (true)
        {
            if (i >= text.Length || _quoted.Length > MaxLength)
            {
                error = i >= text.Length ? "unterminated quoted field" : $"quoted field longer than {MaxLength} characters (stray quote?)";
                return true;
            }
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    _quoted.Append('"');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                _quoted.Append('\n');
                lines++;
                i++;
                continue;
            }
            _quoted.Append(c);
            i++;
        }
        if (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n'))
        {
            error = $"unexpected '{text[i]}' after a closing quote (quotes inside a quoted value must be doubled)";
            return true;
        }
        _line += lines;
        fields.Add(_quoted.ToString());
        _pos = i;
        return EndField();
    }

    private static int MaxLength => DelimitedTextParser.MaxQuotedFieldLength;

    /// <summary>Consumes the delimiter or line break after a field; true when the record is complete.</summary>
    private bool EndField()
    {
        if (_pos >= text.Length) return true;
        var c = text[_pos++];
        if (c == delimiter) return false;
        if (c == '\r' && _pos < text.Length && text[_pos] == '\n') _pos++;
        _line++;
        return true;
    }

    private void ResumeAfterLine(int start, int startLine)
    {
        _pos = LineEnd(start);
        if (_pos < text.Length && text[_pos] == '\r') _pos++;
        else if (_pos < text.Length && text[_pos] == '\n') _pos++;
        if (_pos < text.Length && text[_pos] == '\n' && text[_pos - 1] == '\r') _pos++;
        _line = startLine + 1;
    }

    private int LineEnd(int start)
    {
        var stop = text.AsSpan(start).IndexOfAny('\r', '\n');
        return stop < 0 ? text.Length : start + stop;
    }

    private int TrimmedEnd(int start)
    {
        var end = Math.Min(_pos, text.Length);
        while (end > start && text[end - 1] is '\r' or '\n') end--;
        return end;
    }
}
