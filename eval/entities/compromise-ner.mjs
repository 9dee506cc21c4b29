// Peer NER: compromise (the version ../shared/peers installs for compromise-dates), people, places and organizations.
// Run from the folder where ../shared/peers was copied and installed (node resolves compromise there):
//   cp eval/entities/compromise-ner.mjs /tmp/peers/ && node /tmp/peers/compromise-ner.mjs < articles.jsonl > out.jsonl
// Input JSON Lines {"id", "text"}; output {"id", "entities": [{"type": PERSON|ORGANIZATION|LOCATION, "start", "end"}]},
// UTF-16 offsets, end exclusive.
import nlp from 'compromise';
import readline from 'node:readline';

const kinds = [['people', 'PERSON'], ['organizations', 'ORGANIZATION'], ['places', 'LOCATION']];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const o = JSON.parse(line);
  const doc = nlp(o.text);
  const entities = [];
  for (const [method, type] of kinds)
    for (const m of doc[method]().json({ offset: true }))
      entities.push({ type, start: m.offset.start, end: m.offset.start + m.offset.length, value: m.text });
  process.stdout.write(JSON.stringify({ id: o.id, entities }) + '\n');
}
