using Npgsql;

namespace Chronicle.Store.Postgres;

/// <summary>
/// Tells a PostgreSQL location from a SQLite path: a <c>postgres://user[:password]@host[:port]/db</c> URI or an
/// Npgsql connection string (<c>Host=...;Database=...</c>). Anything else is a file path.
/// </summary>
public static class PostgresLocation
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        (location.Contains('=') && (location.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) ||
                                    location.Contains(";Host=", StringComparison.OrdinalIgnoreCase) ||
                                    location.StartsWith("Server=", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The Npgsql connection string for a location; a URI's query parameters (sslmode=...) become its keywords.</summary>
    public static NpgsqlConnectionStringBuilder ConnectionString(string location)
    {
        if (!location.Contains("://", StringComparison.Ordinal))
            return new NpgsqlConnectionStringBuilder(location);
        var uri = new Uri(location);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            string[] user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2) builder.Password = Uri.UnescapeDataString(user[1]);
        }
        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder;
    }

    /// <summary>The location for messages: as a URI, never with the password.</summary>
    public static string Display(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{(builder.Username is { Length: > 0 } user ? user + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database}";
}
