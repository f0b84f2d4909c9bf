// Builds src/entry.tsx into dist/entry.js as the SystemJS module "@bpconnect/web-admin".
// The Kentico base config sets the entry, libraryTarget 'system', the public-path plugin and the
// externals the admin host provides at runtime (react, react-dom, @kentico/xperience-admin-*, ...).
// orgName/projectName must equal RegisterClientModule("bpconnect", "web-admin") in the C# module.
const { merge } = require('webpack-merge');
const base = require('@kentico/xperience-webpack-config');

module.exports = (env, argv) =>
  merge(
    {
      module: {
        rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: 'ts-loader' }],
      },
      output: { clean: true },
      devtool: false,
    },
    base({ orgName: 'bpconnect', projectName: 'web-admin', webpackConfigEnv: env, argv }),
  );
