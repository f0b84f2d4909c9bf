// Builds what the XbyK admin host would provide but npm ships in no SystemJS-loadable form
// (react-router-dom), into dist-shell/ for the sandbox admin shell. Not part of the module
// Kentico embeds: Kentico loads only dist/entry.js.
const path = require('node:path');

module.exports = {
  mode: 'production',
  entry: { 'react-router-dom': './shell-vendor/react-router-dom.js' },
  output: {
    path: path.resolve(__dirname, 'dist-shell'),
    filename: '[name].js',
    library: { type: 'system' },
    clean: true,
  },
  externals: ['react', 'react-dom'],
  devtool: false,
  performance: { hints: false },
};
