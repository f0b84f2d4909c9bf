/* global System, document, window */
// Renders one template of the client module the way the XbyK admin does: modules come through
// SystemJS (import map in the page), with the providers the admin host sets up around templates
// (theme, i18n, router, page commands) and the dialog/tooltip containers Kentico's portals need.
(async function renderShellTemplate() {
  const config = JSON.parse(document.getElementById('shell-config').textContent);
  const [React, ReactDOM, router, i18n, reactI18n, components, base, module] = await Promise.all(
    [
      'react',
      'react-dom',
      'react-router-dom',
      'i18next',
      'react-i18next',
      '@kentico/xperience-admin-components',
      '@kentico/xperience-admin-base',
      '@bpconnect/web-admin',
    ].map((name) => System.import(name)),
  );
  const i18next = i18n.default || i18n;
  await i18next
    .use(reactI18n.initReactI18next)
    .init({ lng: 'en', resources: { en: { translation: {} } } });
  const Template = module[`${config.template}Template`];
  const root = document.getElementById('shell-root');
  if (!Template) {
    root.textContent = `The module exports no ${config.template}Template.`;
    return;
  }
  const h = React.createElement;
  const initialPath = `/${config.pagePath}`;
  // A page command answering with a navigation URL (C# NavigateTo) moves the admin's router;
  // the shell turns that into loading the matching /admin page.
  const FollowNavigation = () => {
    const location = router.useLocation();
    React.useEffect(() => {
      if (location.pathname !== initialPath) {
        window.location.assign(location.pathname.replace(/^\/bpconnect\//, '/admin/'));
      }
    }, [location.pathname]);
    return h(Template, config.props);
  };
  const page = h(
    router.MemoryRouter,
    { initialEntries: [initialPath] },
    h(
      base.CommandProvider,
      null,
      h(router.Routes, null, h(router.Route, { path: '*', element: h(FollowNavigation) })),
    ),
  );
  const app = h(
    components.ThemeProvider,
    null,
    // The admin host wraps every page in Kentico's side-panel manager (SidePanel needs it).
    h('div', { id: 'app_root' }, h(components.SidePanelManager, null, page)),
    h('div', { id: 'dialog_container' }),
    h('div', { id: 'tooltip_container' }),
  );
  // react-dom's UMD build has no separate "react-dom/client" entry; this flag is what that entry
  // sets, so createRoot does not warn about being imported from the wrong place.
  const internals = ReactDOM.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED;
  if (internals) internals.usingClientEntryPoint = true;
  ReactDOM.createRoot(root).render(app);
  window.bpconnectShellReady = true;
})();
