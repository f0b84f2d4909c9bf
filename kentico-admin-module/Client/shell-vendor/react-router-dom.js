// react-router-dom 7 ships no UMD/System build; the XbyK admin host provides it at runtime.
// The sandbox admin shell (sandbox/src/admin-shell) needs the same module under SystemJS, so
// this shim re-exports it and webpack.vendor.config.js builds it as a System.register module.
export * from 'react-router-dom';
