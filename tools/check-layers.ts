// `npm run lint` step: fails when a file outside tests/ or bench/ imports from them, or markup imports a path maker
// (tools/lib/layer-imports.ts).
// Usage: vite-node tools/check-layers.ts [root]
import { ROOT } from './lib/dist';
import { checkLayers, formatViolation } from './lib/layer-imports';

const root = process.argv[2] ?? ROOT;
const violations = checkLayers(root);
if (violations.length) {
  console.error(
    `Layer rule: ${violations.length} import(s) breaking it:\n${violations.map(formatViolation).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  'Layer rule: nothing outside tests/ imports tests/, nothing outside bench/ imports bench/, no markup imports a path maker.',
);
