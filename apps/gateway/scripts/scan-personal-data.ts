/**
 * `tsx scripts/scan-personal-data.ts FILE…`: fails when any file (a database dump, a log)
 * contains a plaintext ID number or phone of the demo members. The demo seed is
 * deterministic, so the plaintexts are recomputed here, not read from anywhere.
 */
import { readFileSync } from 'node:fs';
import { demoMembers } from '../src/seed/demo-members.js';
import { flattenDemoTree } from '../src/seed/seed-demo.js';

process.env.GONGHUI_DATA_KEY ??= Buffer.alloc(32).toString('base64');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: scan-personal-data.ts FILE…');
  process.exit(2);
}
const members = demoMembers(flattenDemoTree());
let found = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const hits = members.filter(
    (member) => text.includes(member.idNumber) || text.includes(member.phone),
  );
  const masked = members.filter((member) =>
    text.includes(String(member.row.idNumberMasked)),
  ).length;
  found += hits.length;
  console.log(
    `${file}: ${(text.length / 1024).toFixed(0)} KiB, ${hits.length} plaintext ID numbers or phones (${masked} members' masked copies seen)`,
  );
}
console.log(
  `${members.length} demo members' ID numbers and phones looked for in ${files.length} file(s).`,
);
process.exit(found === 0 ? 0 : 1);
