// js-yaml is in the tree already (jest's coverage loader depends on it); only `load` is used, to
// check that the deployment files are valid YAML. No types package for it is installed.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
