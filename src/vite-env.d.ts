/** crxjs: importing a content script with `?script` gives its built file's path. */
declare module '*?script' {
  const path: string;
  export default path;
}
