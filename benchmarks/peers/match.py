#!/usr/bin/env python3
"""Peer: what a team would write in Python instead of custmatch, with python-Levenshtein, unidecode and
python-dateutil, following custmatch's default policy as far as these libraries allow (README.md beside
this file). Usage: python3 match.py input.csv > verdicts.csv. Not part of the Go build or CI."""
import csv
import datetime
import re
import sys
import unicodedata

import Levenshtein
from dateutil import parser as dateparser
from unidecode import unidecode

THRESHOLD = 0.9
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "mag", "ing", "dipl", "sir"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PLACEHOLDERS = {"n a", "na", "null", "none", "unknown", "xxx", "", "test", "tester", "testuser", "dummy", "asdf", "sample"}
APOSTROPHES = re.compile("['\u2019\u2018\u02bc`\u00b4]")
SEPARATORS = re.compile(r"[-\u2010\u2011\u2013\u2014._,/\s]+")
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
TODAY = datetime.date.today()


def _one(s):
    s = SEPARATORS.sub(" ", APOSTROPHES.sub("", unidecode(unicodedata.normalize("NFKC", s)).lower())).strip()
    t = s.split()
    if len(t) > 1 and t[0] in TITLES:
        t = t[1:]
    if len(t) > 1 and t[-1] in SUFFIXES:
        t = t[:-1]
    return " ".join(t)


def normalize(raw):
    """The normalized forms of a name (canonical, and the ae/oe/ue spelling of ä/ö/ü), None if missing."""
    form = _one(raw)
    if form in PLACEHOLDERS:
        return None
    forms = [form]
    if any(c in raw for c in "äöüÄÖÜ"):
        forms.append(_one(raw.translate(UMLAUTS)))
    return forms


def similarity(a, b):
    if a == b:
        return 1.0
    return 1 - Levenshtein.distance(a, b) / max(len(a), len(b))


def align(x, y):
    """The extra-names rule: every token of the shorter side lines up in order with one of the other."""
    a, b = x.split(), y.split()
    if len(a) > len(b):
        a, b = b, a
    j, full = 0, False
    for t in a:
        found = False
        while j < len(b):
            u = b[j]
            j += 1
            if len(t) == 1 or len(u) == 1:
                if t[0] == u[0]:
                    found = True
                    break
            elif similarity(t, u) >= THRESHOLD:
                found = full = True
                break
        if not found:
            return False
    return full


def compare_forms(x, y):
    score = similarity(x, y)
    if " " in x or " " in y:
        score = max(score, similarity(x.replace(" ", ""), y.replace(" ", "")))
    if score >= THRESHOLD - 1e-9:
        return True, score
    return align(x, y), score


def compare_name(a, b):
    if a is None or b is None:
        return "missing", 0.0
    best = (False, -1.0)
    for x in a:
        for y in b:
            best = max(best, compare_forms(x, y))
    return ("match" if best[0] else "mismatch"), best[1]


ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
SLASHED = re.compile(r"^(\d{1,2})[/ -](\d{1,2})[/ -](\d{2}|\d{4})$")


def _date(y, m, d):
    try:
        t = datetime.date(y, m, d)
    except ValueError:
        return None
    return t if 1900 <= y and t <= TODAY else None


def parse_dob(raw):
    """The readings of a date of birth: a list of dates ([] when invalid), None when missing."""
    s = raw.strip()
    if s == "" or s.lower() in PLACEHOLDERS:
        return None
    m = ISO.match(s)
    if m:
        return [d for d in [_date(int(m[1]), int(m[2]), int(m[3]))] if d]
    m = SLASHED.match(s)
    if m:  # slashed or dashed numeric dates are ambiguous: both readings
        y = int(m[3])
        if len(m[3]) == 2:
            y += 2000 if y <= TODAY.year % 100 else 1900
        return [d for d in {_date(y, int(m[1]), int(m[2])), _date(y, int(m[2]), int(m[1]))} if d]
    try:  # dotted dates and month names: day first
        t = dateparser.parse(s, dayfirst=True).date()
    except (ValueError, OverflowError):
        return []
    return [t] if 1900 <= t.year and t <= TODAY else []


def compare_dob(a, b):
    pa, pb = parse_dob(a), parse_dob(b)
    if pa is None or pb is None:
        return "missing"
    return "match" if set(pa) & set(pb) else "mismatch"


def compare(row):
    _, mf, ml, md, me, pf, pl, pd, pe = row[:9]
    nmf, nml, npf, npl = normalize(mf), normalize(ml), normalize(pf), normalize(pl)
    first, last = compare_name(nmf, npf), compare_name(nml, npl)
    if "mismatch" in (first[0], last[0]) and "missing" not in (first[0], last[0]):
        sf, sl = compare_name(nmf, npl), compare_name(nml, npf)
        if sf[0] == "match" and sl[0] == "match":
            first = last = ("match", min(sf[1], sl[1]))
        elif any((x + y).replace(" ", "") == (u + v).replace(" ", "") for x in nmf for y in nml for u in npf for v in npl):
            first = last = ("match", 1.0)
    dob = compare_dob(md, pd)
    ea, eb = me.strip().lower(), pe.strip().lower()
    email = "missing" if not ea or not eb else ("match" if ea == eb else "mismatch")
    failing = [f for f, s in (("first_name", first[0]), ("last_name", last[0]), ("dob", dob)) if s == "mismatch"]
    decision = "decline" if failing else ("review" if "missing" in (first[0], last[0]) else "approve")
    return [decision, " ".join(failing), first[0], f"{first[1]:.4f}", last[0], f"{last[1]:.4f}", dob, email]


def main():
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["id", "decision", "failing", "first_name_status", "first_name_score", "last_name_status",
                    "last_name_score", "dob_status", "email_status"])
        for row in r:
            w.writerow([row[0]] + compare(row))


if __name__ == "__main__":
    main()
