// libphonenumber-js's package exports give its example numbers no "types" condition, and for a
// CommonJS importer they resolve to a .json file TypeScript reads only with resolveJsonModule.
// The shape is the package's own `Examples`.
declare module 'libphonenumber-js/mobile/examples' {
  import type { Examples } from 'libphonenumber-js';

  const examples: Examples;
  export default examples;
}
