// custom-elements.json is generated (npm run analyze) and git-ignored, so the type check, which
// runs before the build, may not find it; preview.ts checks its shape when it loads.
declare module '*/custom-elements.json' {
  const manifest: unknown;
  export default manifest;
}
