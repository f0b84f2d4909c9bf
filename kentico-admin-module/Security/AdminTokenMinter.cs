// Plain .NET; no Kentico API. The token format of companion-service/src/admin-api/auth.ts (mintAdminToken /
// verifyAdminToken) and docs/adr/0007-admin-tokens.md, byte for byte.
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

using BrightpearlConnect.Admin.Contracts;

namespace BrightpearlConnect.Admin.Security;

/// <summary>
/// Mints "base64url(JSON claims).base64url(HMAC-SHA256(secret, ASCII of the first part))", base64url without
/// padding. The secret never leaves the server; the browser only ever holds a token that dies within 15 minutes.
/// </summary>
public static class AdminTokenMinter
{
    /// <summary>Claims the companion accepts are at most this long (AdminTokenClaims: sub and name max 200).</summary>
    private const int MAX_CLAIM_LENGTH = 200;

    private static readonly string[] ViewOnly = [AdminPermissions.View];
    private static readonly string[] ViewAndEdit = [AdminPermissions.View, AdminPermissions.Edit];

    // "name" is optional in the contract: a null must be left out, not sent as null.
    private static readonly JsonSerializerOptions ClaimsJson = new(JsonSerializerDefaults.General)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static MintedToken Mint(string secret, AdminTokenRequest request)
    {
        var claims = new AdminTokenClaims
        {
            Sub = Clip(request.Subject)!,
            Name = Clip(request.Name),
            Permissions = request.CanEdit ? ViewAndEdit : ViewOnly,
            Exp = request.ExpiresAt.ToUnixTimeSeconds(),
            Iat = request.IssuedAt.ToUnixTimeSeconds(),
            Aud = request.Audience,
            Iid = request.InstallationId,
        };
        var payload = Base64Url(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(claims, ClaimsJson)));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(payload));
        return new MintedToken($"{payload}.{Base64Url(signature)}", request.ExpiresAt);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Clip(string? value) =>
        value is { Length: > MAX_CLAIM_LENGTH } ? value[..MAX_CLAIM_LENGTH] : value;
}

/// <summary>
/// Who the token is for and what they may do; ExpiresAt is at most 900 s after IssuedAt (checked by the caller).
/// Audience (the origin of CompanionUrl) and InstallationId name the one companion and installation it is good for,
/// so a token minted by another site that shares the secret is refused (docs/adr/0018-token-claims-and-secret-rotation.md).
/// </summary>
public sealed record AdminTokenRequest(
    string Subject,
    string? Name,
    bool CanEdit,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    string Audience,
    string InstallationId);

/// <summary>A token and its expiry, which the client needs to refresh in time.</summary>
public sealed record MintedToken(string Token, DateTimeOffset ExpiresAt);
