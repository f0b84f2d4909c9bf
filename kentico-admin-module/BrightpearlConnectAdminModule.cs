// Mirrors Kentico/xperience-by-kentico-lucene src/Kentico.Xperience.Lucene.Admin/LuceneAdminModule.cs: an
// AdminModule that registers the client module and runs the installer on ApplicationEvents.Initialized.
using BrightpearlConnect.Admin;
using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.Base;
using CMS.Core;

using Kentico.Xperience.Admin.Base;

using Microsoft.Extensions.DependencyInjection;

[assembly: RegisterModule(typeof(BrightpearlConnectAdminModule))]

namespace BrightpearlConnect.Admin;

/// <summary>
/// Registers the Brightpearl Connect client module with the Xperience administration and creates the extension's
/// tables once the application has initialised (services come from AddBrightpearlConnect in Program.cs).
/// </summary>
internal sealed class BrightpearlConnectAdminModule : AdminModule
{
    private BrightpearlConnectModuleInstaller installer = null!;

    public BrightpearlConnectAdminModule() : base(nameof(BrightpearlConnectAdminModule)) { }

    protected override void OnInit(ModuleInitParameters parameters)
    {
        base.OnInit(parameters);

        // Must equal orgName/projectName in Client/webpack.config.js: the admin then loads the
        // SystemJS module "@bpconnect/web-admin" (appsettings key "bpconnect-web-admin").
        RegisterClientModule("bpconnect", "web-admin");

        installer = parameters.Services.GetRequiredService<BrightpearlConnectModuleInstaller>();
        ApplicationEvents.Initialized.Execute += InstallTables;
    }

    private void InstallTables(object? sender, EventArgs e) => installer.Install();
}
