using Scalar.AspNetCore;

namespace Chronicle.Server.Api;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) and an interactive reference page (/reference, Scalar), its
/// script served by this server from the package; its fonts, AI agent, telemetry and hosted tools are off,
/// so nothing is fetched from elsewhere.
/// </summary>
public static class ApiReference
{
    public const string Path = "/reference";

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(Path, options => options
            .WithTitle("Chronicle API")
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableTelemetry()
            .DisableMcp()
            .HideDeveloperTools()
            .HideClientButton()
            .WithDynamicBaseServerUrl()
            .WithTheme(ScalarTheme.Default));
    }

    /// <summary>Scalar's page configures itself with inline script and style: allowed on its pages only, and still from this server alone.</summary>
    public static string ContentSecurityPolicy(PathString path) =>
        path.StartsWithSegments(Path)
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
            : "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
}
