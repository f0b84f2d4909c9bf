using BrightpearlConnect.Admin;

using CMS.Core;

using Kentico.Xperience.Admin.Base;

[assembly: CMS.RegisterModule(typeof(BrightpearlConnectAdminModule))]

namespace BrightpearlConnect.Admin;

/// <summary>
/// Registers the Brightpearl Connect client module with the Xperience administration.
/// </summary>
internal class BrightpearlConnectAdminModule : AdminModule
{
    public BrightpearlConnectAdminModule() : base(nameof(BrightpearlConnectAdminModule)) { }

    protected override void OnInit(ModuleInitParameters parameters)
    {
        base.OnInit(parameters);

        // Must equal orgName/projectName in Client/webpack.config.js: the admin then loads the
        // SystemJS module "@bpconnect/web-admin" (appsettings key "bpconnect-web-admin").
        RegisterClientModule("bpconnect", "web-admin");
    }
}
