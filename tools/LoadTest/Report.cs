using System.Globalization;
using System.Text.Json;

namespace LoadTest;

/// <summary>One measured figure: the app's and, where one exists, bare SignalR's in the same run.</summary>
internal sealed record Row(string Measure, int? N, string Protocol, double? App, double? Bare, string Unit, string Note = "")
{
    public double? Ratio => App is { } a && Bare is { } b && b > 0 ? a / b : null;
}

/// <summary>The run's figures as a table on the console and as JSON.</summary>
internal sealed class Report
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly List<Row> _rows = [];
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Add(Row row)
    {
        lock (_rows) _rows.Add(row);
        Console.WriteLine($"  {row.Measure} (n={row.N?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {row.Protocol}): app {Format(row.App)} {row.Unit}, bare {Format(row.Bare)} {row.Unit} {row.Note}");
    }

    public void Error(string message)
    {
        lock (_errors) _errors.Add(message);
        Console.Error.WriteLine($"  error: {message}");
    }

    /// <summary>Adds the bare figure to the app's row of the same measure, N and protocol (or a row of its own).</summary>
    public void AddBare(string measure, int? n, string protocol, double value, string unit)
    {
        lock (_rows)
        {
            var i = _rows.FindIndex(r => r.Measure == measure && r.N == n && r.Protocol == protocol);
            if (i >= 0) _rows[i] = _rows[i] with { Bare = value };
            else _rows.Add(new Row(measure, n, protocol, null, value, unit));
        }
    }

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| measure | n | protocol | app | bare SignalR | app / bare | unit | note |");
        output.WriteLine("| --- | ---: | --- | ---: | ---: | ---: | --- | --- |");
        foreach (var r in _rows)
            output.WriteLine($"| {r.Measure} | {r.N?.ToString(CultureInfo.InvariantCulture) ?? ""} | {r.Protocol} | {Format(r.App)} | {Format(r.Bare)} | {Format(r.Ratio, "0.00x")} | {r.Unit} | {r.Note} |");
        foreach (var e in _errors) output.WriteLine($"error: {e}");
    }

    public async Task WriteJsonAsync(string path, object context)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { context, rows = _rows, errors = _errors }, JsonOptions);
    }

    private static string Format(double? value, string format = "0.#") =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "";
}
