using System.Text;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Domain.Accreditation;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields optionally in double quotes (a quote inside is doubled, commas and line
/// breaks inside quotes are data), CRLF or LF line ends, a leading byte-order mark ignored. Blank lines are skipped.
/// </summary>
public static class CsvReader
{
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    public static IReadOnlyList<Row> Read(string text)
    {
        var rows = new List<Row>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, rowLine, quoted, fieldStarted) = (1, 1, false, false);
        var s = text.StartsWith('\uFEFF') ? text[1..] : text;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < s.Length && s[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !fieldStarted:
                    quoted = fieldStarted = true;
                    break;
                case '"':
                    throw Malformed(AccreditationErrors.ImportQuoteMisplaced, line, $"Line {line}: a quote in the middle of a field must be inside a quoted field.");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow();
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (quoted) throw Malformed(AccreditationErrors.ImportQuoteUnclosed, rowLine, $"Line {rowLine}: a quoted field is not closed.");
        EndRow();
        return rows;

        void EndRow()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
            if (fields.Count > 1 || fields[0].Trim().Length > 0) rows.Add(new Row(rowLine, fields.ToList()));
            fields.Clear();
        }
    }

    private static DomainException Malformed(string code, int line, string text) =>
        new(code, text) { Values = new Dictionary<string, string> { ["line"] = line.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    /// <summary>A field for writing: quoted when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    /// <summary>Protects a spreadsheet that opens the file from fields that start like a formula.</summary>
    public static string SafeField(string value) =>
        Field(value.Length > 0 && "=+-@\t".Contains(value[0]) ? "'" + value : value);
}
