// Writes dist-vsix/README.md, the README that `npm run package` puts in the .vsix (vsce --readme-path).
// VS Code shows it on the extension's page in a webview that may load images only from https: or
// data: URIs, never from the installed extension's folder, and the repository URL vsce would
// rewrite relative paths to is not public. So each relative image is inlined as a data: URI
// (it loads offline), and each relative link, which cannot work there, becomes its plain text.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };
const isRelative = (target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#');

function inlineImage(alt, target) {
  const mime = MIME[path.extname(target).toLowerCase()];
  // vsce refuses SVG images in a README; other formats have no use here.
  if (!mime) throw new Error(`README image ${target}: only PNG, JPEG and GIF can be inlined`);
  const data = fs.readFileSync(path.join(root, decodeURI(target))).toString('base64');
  return `![${alt}](data:${mime};base64,${data})`;
}

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, target) => (isRelative(target) ? inlineImage(alt, target) : whole))
  .replace(/(^|[^!])\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, before, text, target) => (isRelative(target) ? `${before}${text}` : whole));
if (/<img\s/i.test(readme)) throw new Error('README.md: use Markdown images, which this script inlines, not <img> tags');
fs.mkdirSync(path.join(root, 'dist-vsix'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist-vsix', 'README.md'), readme);
