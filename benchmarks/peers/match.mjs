// Peer: what a team would write in Node instead of custmatch, with fastest-levenshtein and any-ascii,
// following custmatch's default policy as far as these libraries allow (see README.md beside this file).
// Usage: node match.mjs input.csv > verdicts.csv
// Not part of the Go build or CI.
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { distance } from "fastest-levenshtein";
import anyAscii from "any-ascii";

const THRESHOLD = 0.9;
const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "mag", "ing", "dipl", "sir"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const PLACEHOLDERS = new Set(["n a", "na", "null", "none", "unknown", "xxx", "", "test", "tester", "testuser", "dummy", "asdf", "sample"]);

// parseCSVLine splits one CSV record (RFC 4180 quoting; records spanning lines are not supported).
function parseCSVLine(line) {
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = "";
      i++;
      for (;;) {
        const j = line.indexOf('"', i);
        if (j < 0) { s += line.slice(i); i = line.length; break; }
        s += line.slice(i, j);
        if (line[j + 1] === '"') { s += '"'; i = j + 2; } else { i = j + 1; break; }
      }
      out.push(s);
      i++; // the comma
    } else {
      let j = line.indexOf(",", i);
      if (j < 0) j = line.length;
      out.push(line.slice(i, j));
      i = j + 1;
    }
  }
  return out;
}

// normalize returns the normalized forms of a name (canonical, and the umlaut spelling ae/oe/ue when the
// name has ä/ö/ü), or null when the name is missing.
function normalize(raw) {
  const one = (s) => {
    s = anyAscii(s.normalize("NFKC")).toLowerCase().replace(/['’‘ʼ`´]/g, "").replace(/[-‐‑–—._,/\s]+/g, " ").trim();
    let t = s.split(" ").filter((x) => x !== "");
    if (t.length > 1 && TITLES.has(t[0])) t = t.slice(1);
    if (t.length > 1 && SUFFIXES.has(t[t.length - 1])) t = t.slice(0, -1);
    return t.join(" ");
  };
  const form = one(raw);
  if (PLACEHOLDERS.has(form)) return null;
  const forms = [form];
  if (/[äöüÄÖÜ]/.test(raw)) {
    forms.push(one(raw.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/Ä/g, "Ae").replace(/Ö/g, "Oe").replace(/Ü/g, "Ue")));
  }
  return forms;
}

function similarity(a, b) {
  if (a === b) return 1;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

// align applies the extra-names rule: every token of the shorter side lines up, in order, with a token
// of the other (equal, similar, or an initial), at least one of them a full name.
function align(x, y) {
  let a = x.split(" "), b = y.split(" ");
  if (a.length > b.length) [a, b] = [b, a];
  let j = 0, full = false;
  for (const t of a) {
    let found = false;
    for (; j < b.length; j++) {
      const u = b[j];
      if (t.length === 1 || u.length === 1) {
        if (t[0] === u[0]) { found = true; j++; break; }
      } else if (similarity(t, u) >= THRESHOLD) { full = true; found = true; j++; break; }
    }
    if (!found) return false;
  }
  return full;
}

// compareForms returns [match, score] for two normalized forms.
function compareForms(x, y) {
  let score = similarity(x, y);
  if (x.includes(" ") || y.includes(" ")) score = Math.max(score, similarity(x.replaceAll(" ", ""), y.replaceAll(" ", "")));
  if (score >= THRESHOLD - 1e-9) return [true, score];
  return [align(x, y), score];
}

function compareName(a, b) {
  if (a === null || b === null) return ["missing", 0];
  let best = [false, -1];
  for (const x of a) for (const y of b) {
    const o = compareForms(x, y);
    if (o[0] > best[0] || (o[0] === best[0] && o[1] > best[1])) best = o;
  }
  return [best[0] ? "match" : "mismatch", best[1]];
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

// parseDOB returns the readings [y, m, d] of a date of birth, [] when invalid, null when missing.
function parseDOB(raw) {
  const s = raw.trim();
  if (s === "" || PLACEHOLDERS.has(s.toLowerCase())) return null;
  let m;
  const ok = (y, mo, d) => {
    const t = new Date(Date.UTC(y, mo - 1, d));
    return y >= 1900 && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getTime() <= Date.now();
  };
  const year = (y) => (y.length === 2 ? (Number(y) <= new Date().getUTCFullYear() % 100 ? 2000 : 1900) + Number(y) : Number(y));
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(s))) {
    return ok(+m[1], +m[2], +m[3]) ? [[+m[1], +m[2], +m[3]]] : [];
  }
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s))) { // dotted: day first
    const y = year(m[3]);
    return ok(y, +m[2], +m[1]) ? [[y, +m[2], +m[1]]] : [];
  }
  if ((m = /^(\d{1,2})[/ -](\d{1,2})[/ -](\d{2}|\d{4})$/.exec(s))) { // slashed: both readings
    const y = year(m[3]);
    const r = [];
    if (ok(y, +m[1], +m[2])) r.push([y, +m[1], +m[2]]);
    if (+m[1] !== +m[2] && ok(y, +m[2], +m[1])) r.push([y, +m[2], +m[1]]);
    return r;
  }
  if ((m = /^(\d{1,2})\.? ?([a-z]+)\.?,? (\d{4})$/i.exec(s)) && MONTHS[m[2].slice(0, 3).toLowerCase()]) {
    const mo = MONTHS[m[2].slice(0, 3).toLowerCase()];
    return ok(+m[3], mo, +m[1]) ? [[+m[3], mo, +m[1]]] : [];
  }
  return [];
}

function compareDOB(a, b) {
  const pa = parseDOB(a), pb = parseDOB(b);
  if (pa === null || pb === null) return "missing";
  for (const x of pa) for (const y of pb) if (x[0] === y[0] && x[1] === y[1] && x[2] === y[2]) return "match";
  return "mismatch";
}

function compare(r) {
  const [, mf, ml, md, me, pf, pl, pd, pe] = r;
  const nmf = normalize(mf), nml = normalize(ml), npf = normalize(pf), npl = normalize(pl);
  let first = compareName(nmf, npf), last = compareName(nml, npl);
  if ((first[0] === "mismatch" || last[0] === "mismatch") && first[0] !== "missing" && last[0] !== "missing") {
    const sf = compareName(nmf, npl), sl = compareName(nml, npf);
    if (sf[0] === "match" && sl[0] === "match") {
      first = last = ["match", Math.min(sf[1], sl[1])];
    } else if (nmf.some((x) => nml.some((y) => npf.some((u) => npl.some((v) => (x + y).replaceAll(" ", "") === (u + v).replaceAll(" ", "")))))) {
      first = last = ["match", 1];
    }
  }
  const dob = compareDOB(md, pd);
  const email = me.trim() === "" || pe.trim() === "" ? "missing" : me.trim().toLowerCase() === pe.trim().toLowerCase() ? "match" : "mismatch";
  const failing = [];
  if (first[0] === "mismatch") failing.push("first_name");
  if (last[0] === "mismatch") failing.push("last_name");
  if (dob === "mismatch") failing.push("dob");
  const decision = failing.length ? "decline" : first[0] === "missing" || last[0] === "missing" ? "review" : "approve";
  return [decision, failing.join(" "), first[0], first[1].toFixed(4), last[0], last[1].toFixed(4), dob, email];
}

const quote = (s) => (/[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s);
const out = createWriteStream(process.argv[3] ?? "/dev/stdout", { highWaterMark: 1 << 16 });
let buf = "id,decision,failing,first_name_status,first_name_score,last_name_status,last_name_score,dob_status,email_status\n";
let header = true;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (header) { header = false; continue; }
  if (line === "") continue;
  const r = parseCSVLine(line);
  buf += quote(r[0]) + "," + compare(r).map(quote).join(",") + "\n";
  if (buf.length > 1 << 16) {
    if (!out.write(buf)) await new Promise((res) => out.once("drain", res));
    buf = "";
  }
}
out.end(buf);
