using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Contracts;

/// <summary>How every JSON answer is written, by the CLI (--json), the HTTP API and the MCP tools alike.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The text the CLI prints for an answer: the JSON and one newline. The API sends the same bytes.</summary>
    public static string Text<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd");
}
