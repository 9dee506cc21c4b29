using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Domain.Time;

namespace Chronicle.Store;

/// <summary>How every backend writes enumerations and finds sentences, so that both store the same values.</summary>
internal static class StoredValues
{
    /// <summary>A date column: SQLite returns the text it stores (yyyy-MM-dd), PostgreSQL a date.</summary>
    public static DateOnly Day(System.Data.Common.DbDataReader reader, int column) =>
        reader.GetValue(column) is string text ? DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : reader.GetFieldValue<DateOnly>(column);

    public static string TypeText(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        _ => "PRODUCT",
    };

    public static EntityType ParseType(string text) => text switch
    {
        "PERSON" => EntityType.Person,
        "ORGANIZATION" => EntityType.Organization,
        "LOCATION" => EntityType.Location,
        _ => EntityType.Product,
    };

    public static string KindText(MentionKind kind) => kind == MentionKind.Name ? "name" : "nominal";

    public static MentionKind ParseKind(string text) => text == "name" ? MentionKind.Name : MentionKind.Nominal;

    public static string TimexTypeText(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    public static TimexType ParseTimexType(string text) => text switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };

    /// <summary>The position in the list of the sentence that contains a page offset, or null when it lies outside every sentence.</summary>
    public static int? SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var span = sentences[mid].Span;
            if (offset < span.Start) hi = mid - 1;
            else if (offset >= span.End) lo = mid + 1;
            else return mid;
        }
        return null;
    }
}
