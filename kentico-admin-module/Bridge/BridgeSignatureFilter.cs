// ASP.NET Core filter; the attribute-on-controller style mirrors Kentico/xperience-by-kentico-zapier
// src/Kentico.Xperience.Zapier/Auth/AuthorizeZapierAttribute.cs (machine callers get their own scheme, not the
// admin cookie). Behaviour mirrors sandbox/src/kentico/bridge-auth.ts.
using System.Text;

using BrightpearlConnect.Admin.Configuration;
using BrightpearlConnect.Admin.Security;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.Bridge;

/// <summary>Puts <see cref="BridgeSignatureFilter"/> on a bridge controller.</summary>
public sealed class BridgeSignatureAttribute : TypeFilterAttribute
{
    public BridgeSignatureAttribute() : base(typeof(BridgeSignatureFilter))
    {
    }
}

/// <summary>
/// Refuses a bridge call with 401 {error} unless it carries a fresh HMAC over exactly the bytes received.
/// A resource filter runs before model binding, so the raw body is read (and kept for the action) before
/// anything could reformat it.
/// </summary>
internal sealed class BridgeSignatureFilter(IOptions<BrightpearlConnectOptions> options, TimeProvider clock)
    : IAsyncResourceFilter
{
    private const string RAW_BODY_KEY = "bpconnect.rawBody";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var rawBody = await ReadRawBody(http.Request);
        var target = new BridgeTarget(http.Request.Method, RelativeTarget(http));
        var reason = HmacSignature.Check(
            new SignedRequest(
                options.Value.BridgeSigningSecret,
                http.Request.Headers[HmacSignature.SIGNATURE_HEADER].FirstOrDefault(),
                http.Request.Headers[HmacSignature.TIMESTAMP_HEADER].FirstOrDefault(),
                timestamp => HmacSignature.BridgePayload(timestamp, target, rawBody),
                options.Value.BridgeSigningSecretPrevious),
            clock);
        if (reason is not null)
        {
            context.Result = BridgeResults.Error(StatusCodes.Status401Unauthorized, $"Unauthorized: {reason}");
            return;
        }
        http.Items[RAW_BODY_KEY] = rawBody;
        await next();
    }

    /// <summary>The body the signature was checked over ("" when there is none).</summary>
    public static string RawBodyOf(HttpContext http) => http.Items[RAW_BODY_KEY] as string ?? string.Empty;

    /// <summary>
    /// The request target as the companion signed it: undecoded (RawTarget, not the decoded Path) and relative to
    /// /bpconnect/v1, wherever the site is mounted.
    /// </summary>
    public static string RelativeTarget(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget
            ?? http.Request.PathBase + http.Request.Path + http.Request.QueryString;
        var start = raw.IndexOf(BridgeRoutes.Base, StringComparison.Ordinal);
        var relative = start < 0 ? raw : raw[(start + BridgeRoutes.Base.Length)..];
        return relative.Length == 0 ? "/" : relative;
    }

    private static async Task<string> ReadRawBody(HttpRequest request)
    {
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, false, 4096, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        return body;
    }
}
