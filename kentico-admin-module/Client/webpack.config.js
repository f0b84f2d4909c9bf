// Builds src/entry.tsx into dist/entry.js as the SystemJS module "@bpconnect/web-admin".
// The Kentico base config sets the entry, libraryTarget 'system', the public-path plugin and the
// externals the admin host provides at runtime (react, react-dom, @kentico/xperience-admin-*, ...).
// orgName/projectName must equal RegisterClientModule("bpconnect", "web-admin") in the C# module.
const path = require('node:path');
const { merge } = require('webpack-merge');
const base = require('@kentico/xperience-webpack-config');

// webpack's own minimizer (a webpack dependency, resolved from webpack's folder). Configured only
// to keep license comments inline instead of writing dist/entry.js.LICENSE.txt, so dist/ holds one
// file that starts with System.register (the admin embeds everything under Client/dist).
const MinimizerPlugin = require(
  require.resolve('minimizer-webpack-plugin', {
    paths: [path.dirname(require.resolve('webpack/package.json'))],
  }),
);

module.exports = (env, argv) =>
  merge(
    {
      module: {
        rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: 'ts-loader' }],
      },
      output: { clean: true },
      devtool: false,
      optimization: { minimizer: [new MinimizerPlugin({ extractComments: false })] },
    },
    base({ orgName: 'bpconnect', projectName: 'web-admin', webpackConfigEnv: env, argv }),
  );
