// Microsoft.Extensions.Options validation; no Kentico API.
using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.Configuration;

/// <summary>Stops the site at start (ValidateOnStart) with every bad setting named, rather than failing later
/// on the first event or admin page.</summary>
internal sealed class BrightpearlConnectOptionsValidator : IValidateOptions<BrightpearlConnectOptions>
{
    public ValidateOptionsResult Validate(string? name, BrightpearlConnectOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
