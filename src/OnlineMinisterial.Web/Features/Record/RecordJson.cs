using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnlineMinisterial.Web.Features.Record;

/// <summary>The record's JSON: fixed options, times in UTC to the millisecond, so the same record gives the same bytes.</summary>
public static class RecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new UtcTime() },
    };

    public static string Write(RecordDocument record) => JsonSerializer.Serialize(record, Options);

    public static RecordDocument Read(string json) => JsonSerializer.Deserialize<RecordDocument>(json, Options)!;

    public static string Sha256(string json) => Sha256(Encoding.UTF8.GetBytes(json));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed class UtcTime : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
