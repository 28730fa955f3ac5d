// The .vsix size goal, shared by the packaging unit test and the benchmark's report. The package
// carries the code (the main bundle, node-fetch, and the JSON language service loaded only when a
// task input is opened) and the README's screenshots, inlined as data: URIs so that VS Code's
// extension page shows them offline; the screenshots are cropped to what they show to stay small.
export const VSIX_GOAL_BYTES = 256 * 1024;
