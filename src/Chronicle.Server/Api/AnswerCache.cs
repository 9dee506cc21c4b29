using Microsoft.AspNetCore.OutputCaching;

namespace Chronicle.Server.Api;

/// <summary>
/// API answers depend on the question and the store's content only, so a GET answer is kept (ASP.NET Core's
/// output cache) and reused until the store changes: the key includes <see cref="StoreAccess.Version"/>.
/// Requests with credentials and answers other than 200 are never cached.
/// </summary>
public static class AnswerCache
{
    public const string Policy = "answers";

    public static void AddAnswerCache(this IServiceCollection services) => services.AddOutputCache(cache =>
    {
        cache.SizeLimit = 256L * 1024 * 1024;
        cache.MaximumBodySize = 32L * 1024 * 1024;
        cache.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("*")
            .VaryByValue(http => KeyValuePair.Create("store", http.RequestServices.GetRequiredService<StoreAccess>().Version())));
    });
}
