package dob

import (
	"golang.org/x/text/unicode/norm"

	"github.com/custmatch/custmatch/internal/textrule"

	"time"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tNone  uint8 = iota // past the last token
	tNum                // a run of decimal digits
	tWord               // a run of letters
	tPunct              // one punctuation or unknown character
)

// maxTokens bounds the tokens looked at. Real dates need far fewer: the
// longest shapes (weekday with "-feira", day, ordinal, "de", month, "de",
// year, era, a time with fraction, a.m., offset, zone and its name in
// parentheses) stay within about 35. Any token beyond the limit is
// trailing text or a format error, never part of a date.
const maxTokens = 40

// token is one lexical unit of the input. Offsets are bytes into the
// original string.
type token struct {
	start int32
	val   int32 // number value (digits beyond the ninth are not accumulated)
	nd    uint8 // number of digits, saturating at 255
	kind  uint8
	ch    byte  // tPunct: '/', '-', '.', ',', ':', '+', '(', ')', 'o' (º ° ª) or 0 for anything else
	sp    bool  // preceded by whitespace
	end   int32 // tWord: offset just after the word
	info  wordInfo
}

// scanner holds the tokens of one input. It lives on the stack of Scan.
type scanner struct {
	s    string
	toks [maxTokens]token
	n    int
	more int // offset of the first token beyond maxTokens, or -1
	end  int // offset just after the last token
}

// digitAt returns the value and byte length of the decimal digit starting
// s[i]: ASCII 0-9, fullwidth ０-９, Arabic-Indic ٠-٩, Extended
// Arabic-Indic ۰-۹ (Persian, Urdu), Devanagari ०-९ and Bengali ০-৯. It
// returns -1 for anything else.
func digitAt(s string, i int) (v, size int) {
	c := s[i]
	if c >= '0' && c <= '9' {
		return int(c - '0'), 1
	}
	if c < utf8.RuneSelf {
		return -1, 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= '０' && r <= '９':
		return int(r - '０'), size
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), size
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), size
	case r >= '०' && r <= '९': // Devanagari
		return int(r - '०'), size
	case r >= '০' && r <= '৯': // Bengali
		return int(r - '০'), size
	}
	return -1, 0
}

// isIgnorable reports an invisible character (textrule.IsInvisible: zero-width
// space and joiners, word joiner, soft hyphen, BOM, bidi controls, variation
// selectors, Hangul fillers), which the tokenizer treats as whitespace.
func isIgnorable(r rune) bool { return textrule.IsInvisible(r) }

// punctOf maps a non-letter, non-digit rune to its punctuation code.
func punctOf(r rune) byte {
	switch r {
	case '/', '-', '.', ',', ':', '+':
		return byte(r)
	case 'º', '°', 'ª':
		return 'o'
	case '／':
		return '/'
	case '－', '‐', '‑', '‒', '–', '—', '−':
		return '-'
	case '．', '॰': // ॰ is the Devanagari abbreviation sign
		return '.'
	case '，', '،', '、':
		return ','
	case '(', '（':
		return '('
	case ')', '）':
		return ')'
	case '：':
		return ':'
	case '＋':
		return '+'
	}
	return 0
}

// foldRune classifies r. For a letter it returns letter=true and the
// folded form: lower case without diacritics (Ä, ä and a + U+0308 all give
// a; Turkish İ and ı give i; Greek ά and Ά give α; final ς gives σ), or
// f=0 for a Latin letter with no such form (ß, Æ, Œ), which makes the word
// unknown. Combining marks report comb=true; everything else letter=false.
func foldRune(r rune) (f rune, letter, comb bool) {
	if r < 0x180 {
		return foldLatin(r)
	}
	if r < foldTableEnd && foldTableReady {
		e := foldTable[r-0x180]
		return e.f, e.letter, e.comb
	}
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xAC00 && r <= 0xD7A3 {
		return r, true, false // Han ideographs and Hangul syllables: letters without case or marks
	}
	return foldRuneSlow(r)
}

// foldLatin is foldRune for runes below U+0180.
func foldLatin(r rune) (f rune, letter, comb bool) {
	switch {
	case r >= 'a' && r <= 'z':
		return r, true, false
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A', true, false
	case r < 0xC0:
		return 0, false, false // ASCII and Latin-1 punctuation, º and ª
	}
	if f := latinFold[r-0xC0]; f != '_' {
		return rune(f), true, false
	}
	return 0, r != 0xD7 && r != 0xF7, false // × and ÷ are not letters
}

// foldTableEnd bounds foldTable: Latin Extended-B, IPA, combining marks,
// Greek and Cyrillic, precomputed with foldRuneSlow.
const foldTableEnd = 0x530

type foldEntry struct {
	f            rune
	letter, comb bool
}

var (
	foldTable      [foldTableEnd - 0x180]foldEntry
	foldTableReady = buildFoldTable()
)

func buildFoldTable() bool {
	for r := rune(0x180); r < foldTableEnd; r++ {
		f, letter, comb := foldRuneSlow(r)
		foldTable[r-0x180] = foldEntry{f, letter, comb}
	}
	return true
}

// foldRuneSlow is foldRune for runes from U+0180 on, without the table.
func foldRuneSlow(r rune) (f rune, letter, comb bool) {
	if r >= 0x300 && r <= 0x36F {
		return 0, false, true
	}
	if r == 'ς' {
		return 'σ', true, false
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
		if isDiacritic(r) {
			return 0, false, true
		}
		return r, true, false // Devanagari and Bengali vowel signs are part of the word
	}
	if !unicode.IsLetter(r) {
		return 0, false, false
	}
	r = unicode.ToLower(r)
	if r >= 0xAC00 && r <= 0xD7A3 { // Hangul syllables stay whole
		return r, true, false
	}
	var enc [utf8.UTFMax]byte
	if d := norm.NFD.Properties(enc[:utf8.EncodeRune(enc[:], r)]).Decomposition(); len(d) > 0 {
		base, _ := utf8.DecodeRune(d)
		if base < 0x180 {
			b, _, _ := foldLatin(base)
			return b, true, false
		}
		r = unicode.ToLower(base)
	}
	return r, true, false
}

// isDiacritic reports whether the combining mark r is an optional
// diacritic that folding drops: the combining diacritical marks of Latin,
// Greek and Cyrillic and their supplements, Hebrew points and Arabic
// vowel marks. Other marks (Indic vowel signs) are part of the letter.
func isDiacritic(r rune) bool {
	switch {
	case r >= 0x300 && r <= 0x36F, r >= 0x483 && r <= 0x489, r >= 0x591 && r <= 0x5C7,
		r >= 0x610 && r <= 0x61A, r >= 0x64B && r <= 0x65F, r == 0x670,
		r >= 0x1AB0 && r <= 0x1AFF, r >= 0x1DC0 && r <= 0x1DFF, r >= 0x20D0 && r <= 0x20FF,
		r >= 0xFE20 && r <= 0xFE2F:
		return true
	}
	return false
}

// isMarker reports whether the folded rune r is a CJK year, month or day
// marker (年月日, 년월일), which the tokenizer keeps as a word of its own
// after a number.
func isMarker(r rune) bool {
	switch r {
	case '年', '月', '日', '년', '월', '일':
		return true
	}
	return false
}

// tokenize splits s into tokens, skipping whitespace.
func (p *scanner) tokenize(s string) {
	p.s = s
	p.more = -1
	sp := false
	i := 0
	for i < len(s) {
		start := i
		c := s[i]
		r := rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
			(c >= utf8.RuneSelf && (unicode.IsSpace(r) || isIgnorable(r))) {
			sp = true
			i += size
			continue
		}
		if p.n == maxTokens {
			p.more = start
			return
		}
		t := &p.toks[p.n]
		t.start = int32(start)
		t.sp = sp
		sp = false
		if v, dsize := digitAt(s, i); v >= 0 {
			i = scanNumber(s, i, v, dsize, t)
		} else if f, letter, _ := foldRune(r); letter {
			afterNum := p.n > 0 && p.toks[p.n-1].kind == tNum && !t.sp
			i = scanWord(s, i, size, f, afterNum, t)
		} else {
			t.kind = tPunct
			if r != utf8.RuneError || size > 1 {
				t.ch = punctOf(r)
			}
			i += size
		}
		p.n++
		p.end = i
	}
}

// scanNumber reads the run of digits starting at s[i] (first digit value v,
// dsize bytes long) into t and returns the index after it.
func scanNumber(s string, i, v, dsize int, t *token) int {
	t.kind = tNum
	for v >= 0 {
		if t.nd < 9 {
			t.val = t.val*10 + int32(v)
		}
		if t.nd < 255 {
			t.nd++
		}
		i += dsize
		if i >= len(s) {
			break
		}
		v, dsize = digitAt(s, i)
	}
	return i
}

// scanWord reads the run of letters starting at s[i] (a rune size bytes
// long, folding to f) into t, looks the folded word up and returns the
// index after it. Combining marks inside the word are skipped. A CJK marker
// written directly after a number is a word of its own (年 and 月 in
// 1986年4月5日), unless the whole run is a weekday (月曜日 in 29月曜日).
func scanWord(s string, i, size int, f rune, afterNum bool, t *token) int {
	t.kind = tWord
	var buf [maxWord]byte
	n, known := 0, true
	marker, markerEnd, markerN := afterNum && isMarker(f), 0, 0
	for {
		switch {
		case f == 0 || n+utf8.RuneLen(f) > maxWord:
			known = false
		case f < utf8.RuneSelf:
			buf[n] = byte(f)
			n++
		default:
			n += utf8.EncodeRune(buf[n:], f)
		}
		i += size
		if markerEnd == 0 {
			markerEnd, markerN = i, n
		}
		letter, comb := false, false
		for i < len(s) {
			r := rune(s[i])
			size = 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if f, letter, comb = foldRune(r); !comb {
				break
			}
			i += size // combining marks (NFD input) are skipped
		}
		if i >= len(s) || !letter {
			break
		}
	}
	if known {
		t.info = words[string(buf[:n])]
	}
	if marker && (!known || t.info.wdays == 0) {
		i = markerEnd
		t.info = words[string(buf[:markerN])]
	}
	t.end = int32(i)
	return i
}

// at returns token i, or a tNone token past the end.
func (p *scanner) at(i int) token {
	if i < p.n {
		return p.toks[i]
	}
	return token{}
}

// offset returns the byte offset of token i, or of the end of the input.
func (p *scanner) offset(i int) int {
	if i < p.n {
		return int(p.toks[i].start)
	}
	if p.more >= 0 {
		return p.more
	}
	return p.end
}

func (p *scanner) isPunct(i int, ch byte) bool {
	return i < p.n && p.toks[i].kind == tPunct && p.toks[i].ch == ch
}

// isNum reports whether token i is a number of lo..hi digits.
func (p *scanner) isNum(i int, lo, hi uint8) bool {
	return i < p.n && p.toks[i].kind == tNum && p.toks[i].nd >= lo && p.toks[i].nd <= hi
}

func (p *scanner) isKw(i int, kw int) bool {
	return i < p.n && p.toks[i].kind == tWord && p.toks[i].info.hasKw(kw)
}

// body is one syntactic reading of the date part of the input.
type body struct {
	ok       bool
	full     bool // year, month and day present
	hasMonth bool // for a partial date
	ordered  bool // a and b are month/day in an order still to decide
	dotted   bool // an ordered date written with dots: day-first under Auto
	compact  bool // eight digits YYYYMMDD: DDMMYYYY under DMY when not a valid date
	end      int  // index of the first token after the date
	y, yd    int  // year as written, and its number of digits (2 or 4)
	m, d     int
	m2       int // a second reading of a month name that means another month in another language
	a, b     int // first and second numeric field of an ordered date
}

// isZero reports whether b is the "no date" of SQL exports: a four-digit
// year 0000 with month and day 00 (0000-00-00, 00.00.0000, 00000000).
func (b *body) isZero() bool {
	return b.full && b.yd == 4 && b.y == 0 && b.m == 0 && b.d == 0 && b.a == 0 && b.b == 0
}

// fail returns a failed body; far is the token index the form reached.
func fail(far int) (body, int) { return body{}, far }

// numSep reads a numeric separator at i: '/', '-', '.', or whitespace alone
// before a number (reported as ' ').
func (p *scanner) numSep(i int) (sep byte, next int) {
	if i >= p.n {
		return 0, i
	}
	t := p.toks[i]
	if t.kind == tPunct && (t.ch == '/' || t.ch == '-' || t.ch == '.') {
		return t.ch, i + 1
	}
	if t.kind == tNum && t.sp {
		return ' ', i
	}
	return 0, i
}

// digitsOf returns the values of the first len(out) digits of number token
// i (which has at least that many).
func (p *scanner) digitsOf(i int, out []int) {
	k := int(p.toks[i].start)
	for j := range out {
		v, size := digitAt(p.s, k)
		out[j] = v
		k += size
	}
}

// formNumeric reads all-numeric dates: YYYY-MM-DD (any one separator of
// / - . space), YYYYMMDD, YYYYMMDDhhmmss, A-B-YY(YY), and the partial YYYY,
// YYYY-MM, MM-YYYY.
func (p *scanner) formNumeric(i int) (body, int) {
	if !p.isNum(i, 1, 255) {
		return fail(i)
	}
	t := p.toks[i]
	switch {
	case t.nd == 8:
		v := int(t.val)
		return body{ok: true, full: true, compact: true, end: i + 1, y: v / 10000, yd: 4, m: v / 100 % 100, d: v % 100}, i + 1
	case t.nd == 14: // YYYYMMDDhhmmss, a time glued to the date
		var dg [14]int
		p.digitsOf(i, dg[:])
		n := func(k int) int { return dg[k]*10 + dg[k+1] }
		if n(8) > 23 || n(10) > 59 || n(12) > 60 {
			return fail(i)
		}
		return body{ok: true, full: true, end: i + 1, y: n(0)*100 + n(2), yd: 4, m: n(4), d: n(6)}, i + 1
	case t.nd == 4:
		s1, k := p.numSep(i + 1)
		if s1 != 0 && p.isNum(k, 1, 2) {
			s2, k2 := p.numSep(k + 1)
			if s2 == s1 && p.isNum(k2, 1, 2) {
				return body{ok: true, full: true, end: k2 + 1, y: int(t.val), yd: 4,
					m: int(p.toks[k].val), d: int(p.toks[k2].val)}, k2 + 1
			}
			return body{ok: true, hasMonth: true, end: k + 1, y: int(t.val), yd: 4, m: int(p.toks[k].val)}, k + 1
		}
		return body{ok: true, end: i + 1, y: int(t.val), yd: 4}, i + 1
	case t.nd <= 2:
		s1, k := p.numSep(i + 1)
		if s1 == 0 || !p.isNum(k, 1, 255) {
			return fail(k)
		}
		t1 := p.toks[k]
		if t1.nd == 4 {
			return body{ok: true, hasMonth: true, end: k + 1, y: int(t1.val), yd: 4, m: int(t.val)}, k + 1
		}
		if t1.nd > 2 {
			return fail(k)
		}
		s2, k2 := p.numSep(k + 1)
		if s2 != s1 {
			return fail(k + 1)
		}
		if !p.isNum(k2, 2, 2) && !p.isNum(k2, 4, 4) {
			return fail(k2)
		}
		t2 := p.toks[k2]
		return body{ok: true, full: true, ordered: true, dotted: s1 == '.', end: k2 + 1,
			y: int(t2.val), yd: int(t2.nd), a: int(t.val), b: int(t1.val)}, k2 + 1
	}
	return fail(i)
}

// formCJK reads year-month-day with CJK markers: 1986年4月5日, 1986년 4월
// 5일, and the partial 1986年4月 and 1986年.
func (p *scanner) formCJK(i int) (body, int) {
	if !p.isNum(i, 4, 4) || !p.isKw(i+1, kwYearMk) {
		return fail(i)
	}
	y := int(p.toks[i].val)
	if !p.isNum(i+2, 1, 2) || !p.isKw(i+3, kwMonthMk) {
		return body{ok: true, end: i + 2, y: y, yd: 4}, i + 2
	}
	m := int(p.toks[i+2].val)
	if !p.isNum(i+4, 1, 2) || !p.isKw(i+5, kwDayMk) {
		return body{ok: true, hasMonth: true, end: i + 4, y: y, yd: 4, m: m}, i + 4
	}
	return body{ok: true, full: true, end: i + 6, y: y, yd: 4, m: m, d: int(p.toks[i+4].val)}, i + 6
}

// optSep skips one optional separator of a month-name date.
func (p *scanner) optSep(i int) int {
	if i < p.n && p.toks[i].kind == tPunct {
		switch p.toks[i].ch {
		case '-', '/', '.', ',':
			return i + 1
		}
	}
	return i
}

// optConn skips an optional connecting word of the CLDR date patterns:
// "of", "de", "del", "den".
func (p *scanner) optConn(i int) int {
	if p.isKw(i, kwOf) {
		return i + 1
	}
	return i
}

// ordinals is the set of English ordinal suffix classes.
const ordinals = 1<<kwSt | 1<<kwNd | 1<<kwRd | 1<<kwTh

// day reads a day number of one or two digits with an optional ordinal
// suffix written directly after it (1st 2nd 3rd 4th, French 1er, 1º, 1.º).
// An English suffix must agree with the number.
func (p *scanner) day(i int) (d, next int, ok bool) {
	if !p.isNum(i, 1, 2) {
		return 0, i, false
	}
	d = int(p.toks[i].val)
	i++
	if i >= p.n || p.toks[i].sp {
		return d, i, true
	}
	t := p.toks[i]
	if t.kind == tPunct && t.ch == 'o' {
		return d, i + 1, true
	}
	if t.kind == tPunct && t.ch == '.' && p.isPunct(i+1, 'o') && !p.toks[i+1].sp { // Portuguese 1.º
		return d, i + 2, true
	}
	if t.kind != tWord {
		return d, i, true
	}
	want := kwTh
	switch {
	case d%10 == 1 && d != 11:
		want = kwSt
	case d%10 == 2 && d != 12:
		want = kwNd
	case d%10 == 3 && d != 13:
		want = kwRd
	}
	switch {
	case t.info.kw&ordinals != 0:
		if !t.info.hasKw(want) {
			return 0, i, false
		}
		return d, i + 1, true
	case t.info.hasKw(kwEr):
		if d != 1 {
			return 0, i, false
		}
		return d, i + 1, true
	}
	return d, i, true
}

// month reads a month name or abbreviation; m2 is its second reading when
// the name means another month in another language.
func (p *scanner) month(i int) (m, m2, next int, ok bool) {
	if i < p.n && p.toks[i].kind == tWord {
		if w := p.toks[i].info; w.m1 != 0 && w.m1 != 0xFF {
			return int(w.m1), int(w.m2), i + 1, true
		}
	}
	return 0, 0, i, false
}

// year reads a year of two or four digits at k.
func (p *scanner) year(k int) (y, yd int, ok bool) {
	if !p.isNum(k, 2, 2) && !p.isNum(k, 4, 4) {
		return 0, 0, false
	}
	return int(p.toks[k].val), int(p.toks[k].nd), true
}

// formDMY reads "5 April 1986", "5. April 1986", "05-Apr-1986",
// "3rd of May 2001", "1 de enero de 1990", "1er janvier 1990".
func (p *scanner) formDMY(i int) (body, int) {
	d, k, ok := p.day(i)
	if !ok {
		return fail(k)
	}
	k = p.optConn(p.optSep(k))
	m, m2, k, ok := p.month(k)
	if !ok {
		return fail(k)
	}
	k = p.optConn(p.optSep(k))
	y, yd, ok := p.year(k)
	if !ok {
		return fail(k)
	}
	return body{ok: true, full: true, end: k + 1, y: y, yd: yd, m: m, m2: m2, d: d}, k + 1
}

// formMDY reads "April 5, 1986", "May 3rd, 2001", "Apr-05-1986", and
// asctime's "Sep 25 10:36:28 2003" (a time between day and year).
func (p *scanner) formMDY(i int) (body, int) {
	m, m2, k, ok := p.month(i)
	if !ok {
		return fail(k)
	}
	k = p.optSep(k)
	d, k, ok := p.day(k)
	if !ok {
		return fail(k)
	}
	k = p.optSep(k)
	if t := p.timePart(k, false); t > k && p.isNum(t, 4, 4) {
		k = t
	}
	y, yd, ok := p.year(k)
	if !ok {
		return fail(k)
	}
	return body{ok: true, full: true, end: k + 1, y: y, yd: yd, m: m, m2: m2, d: d}, k + 1
}

// formYMD reads "1986-Apr-05", "1986 April 5" and Hungarian "1986. április
// 5.".
func (p *scanner) formYMD(i int) (body, int) {
	if !p.isNum(i, 4, 4) {
		return fail(i)
	}
	y := int(p.toks[i].val)
	m, m2, k, ok := p.month(p.optSep(i + 1))
	if !ok {
		return fail(k)
	}
	d, k, ok := p.day(p.optSep(k))
	if !ok {
		return fail(k)
	}
	return body{ok: true, full: true, end: k, y: y, yd: 4, m: m, m2: m2, d: d}, k
}

// formMY reads the partial "Apr 1986", "April, 1986", "enero de 1990".
func (p *scanner) formMY(i int) (body, int) {
	m, m2, k, ok := p.month(i)
	if !ok {
		return fail(k)
	}
	k = p.optConn(p.optSep(k))
	if !p.isNum(k, 4, 4) {
		return fail(k)
	}
	return body{ok: true, hasMonth: true, end: k + 1, y: int(p.toks[k].val), yd: 4, m: m, m2: m2}, k + 1
}

// bestBody tries every form at token i and returns the one that reads the
// most tokens (the first in form order on a tie), and the furthest token
// index any failed form reached.
func (p *scanner) bestBody(i int) (best body, far int) {
	far = i
	first := p.at(i).kind
	for f := range 6 {
		var b body
		var reached int
		switch f { // direct calls keep the scanner on the caller's stack
		case 0:
			if first != tNum {
				continue
			}
			b, reached = p.formNumeric(i)
		case 1:
			if first != tNum {
				continue
			}
			b, reached = p.formDMY(i)
		case 2:
			if first != tWord {
				continue
			}
			b, reached = p.formMDY(i)
		case 3:
			if first != tNum {
				continue
			}
			b, reached = p.formYMD(i)
		case 4:
			if first != tNum {
				continue
			}
			b, reached = p.formCJK(i)
		default:
			if first != tWord {
				continue
			}
			b, reached = p.formMY(i)
		}
		if !b.ok {
			far = max(far, reached)
			continue
		}
		if !best.ok || b.end > best.end {
			best = b
		}
	}
	return best, far
}

// weekday reads a weekday name at i with a continuation ("-feira") and a
// trailing '.', and returns its weekday set, or 0 and i.
func (p *scanner) weekday(i int) (mask uint8, next int) {
	if i >= p.n || p.toks[i].kind != tWord || p.toks[i].info.wdays == 0 {
		return 0, i
	}
	mask = p.toks[i].info.wdays
	k := i + 1
	if p.isKw(k, kwCont) && p.toks[k].sp {
		k++
	} else if p.isPunct(k, '-') && p.isKw(k+1, kwCont) {
		k += 2
	}
	if p.isPunct(k, '.') {
		k++
	}
	return mask, k
}

// skipWeekday skips the weekday at i and a following ',' and connecting
// word ("lørdag den 5. april", "Samstag, den 5. April").
func (p *scanner) skipWeekday(i int) int {
	_, k := p.weekday(i)
	if p.isPunct(k, ',') {
		k++
	}
	return p.optConn(k)
}

// trailingWeekday reads a weekday after the date: ", szombat", " Cumartesi",
// "(土)", "土曜日". It returns the weekday set, or 0 and k.
func (p *scanner) trailingWeekday(k int) (uint8, int) {
	i := k
	if p.isPunct(i, ',') {
		i++
	}
	if p.isPunct(i, '(') {
		if m, j := p.weekday(i + 1); m != 0 && p.isPunct(j, ')') {
			return m, j + 1
		}
		return 0, k
	}
	if m, j := p.weekday(i); m != 0 {
		return m, j
	}
	return 0, k
}

// era reads a name of the common era at k: one word (AD, CE, MS) or the
// words of a multi-word name ("n. Chr.", "ap. J.-C.", "н. э."), each with
// optional dots and hyphens. It returns k when there is none.
func (p *scanner) era(k int) int {
	if p.isKw(k, kwAD) {
		k++
		if p.isPunct(k, '.') {
			k++
		}
		return k
	}
	var buf [64]byte
	n, best := 0, k
	for i := k; i < p.n && p.isKw(i, kwEraPart); {
		if n > 0 {
			buf[n] = ' '
			n++
		}
		w := p.foldToken(i, buf[n:])
		if w == 0 {
			break
		}
		n += w
		i++
		for p.isPunct(i, '.') || p.isPunct(i, '-') {
			i++
		}
		if eras[string(buf[:n])] {
			best = i
		}
		if n+1 >= len(buf) {
			break
		}
	}
	return best
}

// foldToken writes the folded form of word token i into buf and returns
// its length, or 0 when it does not fit.
func (p *scanner) foldToken(i int, buf []byte) int {
	t := p.toks[i]
	n := 0
	for _, r := range p.s[t.start:t.end] {
		f, letter, _ := foldRune(r)
		if !letter || f == 0 {
			continue
		}
		if n+utf8.RuneLen(f) > len(buf) {
			return 0
		}
		n += utf8.EncodeRune(buf[n:], f)
	}
	return n
}

// afterYear skips what may follow a date's last field: a dot (Croatian
// "1986.", Hungarian "5."), a word of the locale's pattern ("г.", "r.")
// and a name of the common era.
func (p *scanner) afterYear(best *body, k int) int {
	if p.isPunct(k, '.') && !(best.ordered && best.yd == 2) { // never the Korean "yy. M. d."
		k++
	}
	if p.isKw(k, kwSuffix) {
		k++
		if p.isPunct(k, '.') {
			k++
		}
	}
	return p.era(k)
}

// timePart reads an optional time after a full date: 'T' or whitespace,
// hh:mm[:ss[.fff]] (hh.mm only after a word such as Finnish "klo", or with
// seconds), a compact 'T'hhmmss, optional am/pm (a.m./p.m.) and a word such
// as "Uhr", then optional 'Z', ±hh[:mm] or ±hhmm, a zone abbreviation and,
// after a zone, its name in parentheses (JavaScript's "(Central European
// Summer Time)"). It returns k when no valid time part starts at k.
func (p *scanner) timePart(k int, dotOK bool) int {
	i := k
	switch {
	case p.isKw(i, kwT) && !p.toks[i].sp:
		i++
		if p.isNum(i, 4, 4) || p.isNum(i, 6, 6) { // compact ISO: T0000, T000000
			if p.toks[i].sp {
				return k
			}
			var dg [6]int
			p.digitsOf(i, dg[:p.toks[i].nd])
			if dg[0]*10+dg[1] > 23 || dg[2]*10+dg[3] > 59 || dg[4]*10+dg[5] > 60 {
				return k
			}
			return p.zone(i+1, k)
		}
		if !p.isNum(i, 1, 2) || p.toks[i].sp {
			return k
		}
	case p.isNum(i, 1, 2) && p.toks[i].sp:
	default:
		return k
	}
	h := int(p.toks[i].val)
	var sep byte
	switch {
	case p.isPunct(i+1, ':'):
		sep = ':'
	case p.isPunct(i+1, '.'):
		sep = '.'
	case p.isKw(i+1, kwTimeWord): // French "14h40"
		sep = 'h'
	default:
		return k
	}
	if !p.isNum(i+2, 2, 2) {
		return k
	}
	mi := int(p.toks[i+2].val)
	sec := 0
	i += 3
	hasSec := false
	if (sep != 'h' && p.isPunct(i, sep)) && p.isNum(i+1, 2, 2) {
		sec = int(p.toks[i+1].val)
		hasSec = true
		i += 2
		if (p.isPunct(i, '.') || p.isPunct(i, ',') || p.isPunct(i, ':')) && p.isNum(i+1, 1, 9) && !p.toks[i+1].sp {
			i += 2
		}
	}
	if sep == '.' && !dotOK && !hasSec {
		return k
	}
	ampm := false
	switch {
	case p.isKw(i, kwAM), p.isKw(i, kwPM):
		ampm = true
		i++
	case (p.isKw(i, kwA) || p.isKw(i, kwP)) && p.isPunct(i+1, '.') && p.isKw(i+2, kwM):
		ampm = true
		i += 3
		if p.isPunct(i, '.') {
			i++
		}
	}
	if mi > 59 || sec > 60 || (ampm && (h < 1 || h > 12)) || (!ampm && h > 23) {
		return k
	}
	if !ampm && p.isKw(i, kwTimeWord) { // "22:56 Uhr"
		i++
	}
	return p.zone(i, k)
}

// zone reads the optional zone after a time at i: 'Z', an offset, an
// abbreviation and a parenthesised zone name after an abbreviation or
// offset. k is returned when an offset is out of range.
func (p *scanner) zone(i, k int) int {
	zulu, offset, abbr := false, false, false
	for {
		switch {
		case !zulu && !offset && p.isKw(i, kwZ):
			zulu = true
			i++
			continue
		case !zulu && !offset && (p.isPunct(i, '+') || p.isPunct(i, '-')) && p.isNum(i+1, 1, 4):
			t := p.toks[i+1]
			var oh, om int
			next := i + 2
			switch {
			case t.nd <= 2:
				oh = int(t.val)
				if p.isPunct(next, ':') && p.isNum(next+1, 2, 2) {
					om = int(p.toks[next+1].val)
					next += 2
				}
			case t.nd == 4:
				oh, om = int(t.val)/100, int(t.val)%100
			default:
				return k
			}
			if oh > 14 || om > 59 {
				return k
			}
			offset = true
			i = next
			continue
		case !abbr && p.isKw(i, kwZone):
			abbr = true
			i++
			continue
		case (abbr || offset) && p.isPunct(i, '('):
			// A zone name: words only, up to the closing parenthesis.
			j := i + 1
			for j < p.n && p.toks[j].kind == tWord {
				j++
			}
			if j > i+1 && p.isPunct(j, ')') {
				return j + 1
			}
		}
		return i
	}
}

// ref is the reference date of one Scan. The calendar date of Now in its
// location (time.Time.Date, the costly part) is computed only when needed:
// Now's calendar date is at most one day before its UTC day, so a valid
// date in a year certainly before that, or more than one day before the
// UTC day, is not in the future in any zone. That settles most dates of
// birth.
type ref struct {
	t     time.Time
	unix  int64 // t in seconds since 1970-01-01 UTC
	td    today
	ready bool
}

// init sets r from o.Now, reading the clock when it is zero.
func (r *ref) init(o *Options) {
	r.t = o.Now
	if r.t.IsZero() {
		r.t = time.Now()
	}
	r.unix = r.t.Unix()
}

// today returns the calendar date of Now in its location.
func (r *ref) today() today {
	if !r.ready {
		y, m, d := r.t.Date()
		r.td, r.ready = today{y, int(m), d}, true
	}
	return r.td
}

// after reports whether the valid date y-m-d is after today.
func (r *ref) after(y, m, d int) bool {
	// A year has at most 366 days, so at least unix/(366 days) years have
	// passed since 1970 in UTC; the local date may still be in the year
	// before.
	if r.unix >= 0 && y < 1970+int(r.unix/(366*86400))-1 {
		return false
	}
	day := r.unix / 86400 // the UTC day, rounded towards the past
	if r.unix%86400 < 0 {
		day--
	}
	if epochDay(y, m, d) < day-1 {
		return false
	}
	return r.today().after(y, m, d)
}

// epochDay returns the days from 1970-01-01 to the valid date y-m-d, y >= 1
// (proleptic Gregorian calendar).
func epochDay(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era*146097+doe) - 719468
}

// today is a calendar date used as the reference for the future and for
// two-digit years.
type today struct{ y, m, d int }

// after reports whether y-m-d is after t.
func (t today) after(y, m, d int) bool {
	if y != t.y {
		return y > t.y
	}
	if m != t.m {
		return m > t.m
	}
	return d > t.d
}

// daysIn returns the number of days in month m (1..12) of year y, with the
// Gregorian leap-year rule (2000 is a leap year, 1900 is not).
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// resolve turns year (yd digits), month and day into a checked Date. wd is
// the set of weekdays (bit time.Weekday) the weekday written in the input
// may mean, or 0 when none was written.
func resolve(y, yd, m, d int, wd uint8, now *ref) (Date, Reason) {
	if yd == 2 {
		y += now.today().y / 100 * 100
		if now.today().after(y, m, d) {
			y -= 100
		}
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, ReasonInvalidDate
	}
	if y < 1900 {
		return Date{}, ReasonTooOld
	}
	if wd != 0 && wd&(1<<((epochDay(y, m, d)%7+7+4)%7)) == 0 { // 1970-01-01 was a Thursday
		return Date{}, ReasonInvalidDate
	}
	if now.after(y, m, d) {
		return Date{}, ReasonFuture
	}
	return Date{Year: y, Month: time.Month(m), Day: d}, ""
}

// maxInput is the longest input Scan looks at; token offsets are int32.
const maxInput = 1<<31 - 1

// Scan reads a date of birth without allocating. See the package
// documentation for the accepted forms and the meaning of each Reason.
//
// Scan is safe for concurrent use.
func Scan(s string, o Options) Result {
	var r Result
	scan(s, &o, &r)
	return r
}

// scan is Scan writing into *r, shared with Parse to avoid copies.
func scan(s string, o *Options, r *Result) {
	var b body
	var wd uint8
	if !fastBody(s, &b) {
		if *r = slowBody(s, &b, &wd); r.Reason != "" {
			return
		}
	}
	finish(&b, wd, o, r)
}

// isASCIISpace reports whether c is ASCII whitespace: a space, or one of
// \t \n \v \f \r, which are contiguous.
func isASCIISpace(c byte) bool { return c == ' ' || c-'\t' <= '\r'-'\t' }

// isNumSep reports whether c separates the fields of a numeric date.
func isNumSep(c byte) bool { return c == '/' || c == '-' || c == '.' }

// Byte masks of textrule.Word8 words: the high bit of each byte k of a set.
const (
	bytes01234567 = 0x8080808080808080
	bytes012356   = 0x0080800080808080 // YYYY-MM-
	bytes013467   = 0x8080008080008080 // DD.MM.YY
	bytes67       = 0x8080000000000000 // the last two digits, loaded from byte 2
)

// digitsAt reports whether every byte k of w whose high bit is set in mask
// is an ASCII digit. A digit XOR 0x30 is 0..9; adding 0x76 leaves it below
// 0x80, while any other byte has its high bit set after the XOR or after
// the addition. The addition is done without the high bits, so no carry
// crosses into the next byte.
func digitsAt(w, mask uint64) bool {
	v := w ^ 0x3030303030303030
	return (v&0x7F7F7F7F7F7F7F7F+0x7676767676767676|v)&mask == 0
}

// digitAt8 returns the value of the ASCII digit in byte k of w.
func digitAt8(w uint64, k uint) int { return int(w>>(8*k)) & 0xF }

// num2 returns the number written by the two ASCII digits from byte k of w.
func num2(w uint64, k uint) int { return digitAt8(w, k)*10 + digitAt8(w, k+1) }

// num4 returns the number written by the four ASCII digits from byte k of w.
func num4(w uint64, k uint) int { return num2(w, k)*100 + num2(w, k+2) }

// digits reads a run of ASCII digits at s[i:], returning its value (the
// run is at most 8 long), its length and the index after it.
func digits(s string, i int) (v, n, next int) {
	for ; i < len(s) && n < 9; i++ {
		c := s[i] - '0'
		if c > 9 {
			break
		}
		v = v*10 + int(c)
		n++
	}
	return v, n, i
}

// fastBody reads, in one pass over the bytes, the plain ASCII numeric
// shapes that make up most real input: YYYYMMDD, YYYY-MM-DD and A-B-Y with
// one of / - . used twice and nothing else but surrounding ASCII
// whitespace, and the plain month-name dates of fastMonthName. It reports
// false for anything else, which slowBody then reads; for the inputs it
// accepts it stores the same body as slowBody (checked by FuzzFastPath and
// TestFastMonthName).
func fastBody(s string, out *body) bool {
	if len(s) > 0 && (s[0] <= ' ' || s[len(s)-1] <= ' ') { // most input has nothing to trim
		lo, hi := 0, len(s)
		for lo < hi && isASCIISpace(s[lo]) {
			lo++
		}
		for hi > lo && isASCIISpace(s[hi-1]) {
			hi--
		}
		s = s[lo:hi]
	}
	// The commonest shapes at fixed positions first, a word at a time.
	switch len(s) {
	case 10:
		w, tail := textrule.Word8(s, 0), textrule.Word8(s, 2)
		if !digitsAt(tail, bytes67) {
			break
		}
		if sep := s[4]; s[7] == sep && isNumSep(sep) && digitsAt(w, bytes012356) {
			*out = body{ok: true, full: true, y: num4(w, 0), yd: 4, m: num2(w, 5), d: num2(tail, 6)}
			return true
		}
		if sep := s[2]; s[5] == sep && isNumSep(sep) && digitsAt(w, bytes013467) {
			*out = body{ok: true, full: true, ordered: true, dotted: sep == '.',
				y: num2(w, 6)*100 + num2(tail, 6), yd: 4, a: num2(w, 0), b: num2(w, 3)}
			return true
		}
	case 8:
		if w := textrule.Word8(s, 0); digitsAt(w, bytes01234567) {
			*out = body{ok: true, full: true, compact: true, y: num4(w, 0), yd: 4, m: num2(w, 4), d: num2(w, 6)}
			return true
		}
	}
	v1, n1, i := digits(s, 0)
	if i == len(s) {
		if n1 == 8 {
			*out = body{ok: true, full: true, compact: true, y: v1 / 10000, yd: 4, m: v1 / 100 % 100, d: v1 % 100}
			return true
		}
		return false
	}
	sep := s[i]
	if n1 == 0 || n1 <= 2 && (sep == ' ' || sep == '.' && i+1 < len(s) && s[i+1] == ' ') {
		return fastMonthName(s, v1, n1, i, out)
	}
	if n1 == 3 || n1 > 4 || !isNumSep(sep) {
		return false
	}
	v2, n2, i := digits(s, i+1)
	if n2 == 0 || n2 > 2 || i == len(s) || s[i] != sep {
		return false
	}
	v3, n3, i := digits(s, i+1)
	if i != len(s) {
		return false
	}
	if n1 == 4 {
		if n3 == 0 || n3 > 2 {
			return false
		}
		*out = body{ok: true, full: true, y: v1, yd: 4, m: v2, d: v3}
		return true
	}
	if n3 != 2 && n3 != 4 {
		return false
	}
	*out = body{ok: true, full: true, ordered: true, dotted: sep == '.', y: v3, yd: n3, a: v1, b: v2}
	return true
}

// fastMonthName reads, for fastBody, the plain ASCII month-name shapes of
// trimmed s: "5 April 1986", "5. April 1986", "April 5, 1986" and "April 5
// 1986", with single spaces and a four-digit year. It declines the words
// that make the tokenizing parser read the same text otherwise: a month
// name that is also a connecting word (skipped before the month), and,
// first in the text, one that is also a weekday or an article.
//
// d is the value of the leading digits of s as digits reads them, n their
// count (0 when s starts with a letter) and i the index after them.
func fastMonthName(s string, d, n, i int, out *body) bool {
	var w wordInfo
	var ok bool
	if n > 0 {
		if i < len(s) && s[i] == '.' {
			i++
		}
		if n > 2 || i >= len(s) || s[i] != ' ' {
			return false
		}
		if w, i, ok = asciiWord(s, i+1); !ok || w.hasKw(kwOf) {
			return false
		}
	} else {
		if w, i, ok = asciiWord(s, 0); !ok || w.wdays != 0 || w.hasKw(kwArticle) || i >= len(s) || s[i] != ' ' {
			return false
		}
		if d, n, i = digits(s, i+1); n == 0 || n > 2 {
			return false
		}
		if i < len(s) && s[i] == ',' {
			i++
		}
	}
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	y, n, i := digits(s, i+1)
	if n != 4 || i != len(s) {
		return false
	}
	*out = body{ok: true, full: true, y: y, yd: 4, m: int(w.m1), m2: int(w.m2), d: d}
	return true
}

// asciiWord reads the run of ASCII letters at s[i:] and returns what it
// means as a month name, and the index after it; ok is false when there
// is no such run, or it is no month name of asciiMonths (which has them
// all), or a longer run of letters (other than ASCII) continues it.
func asciiWord(s string, i int) (w wordInfo, next int, ok bool) {
	var k asciiKey
	n := 0
	for ; i < len(s); i++ {
		c := s[i] | 0x20 // lower case for letters
		if c-'a' > 'z'-'a' {
			break
		}
		if n == 16 {
			return w, i, false
		}
		k = k.add(c)
		n++
	}
	if n == 0 || i < len(s) && s[i] >= utf8.RuneSelf {
		return w, i, false
	}
	w, ok = asciiMonths.lookup(k)
	return w, i, ok
}

// slowBody tokenizes s and reads any accepted shape. It stores the date
// body in *out and the set of weekdays written in *wdOut (0 for none), or
// returns a Result with the reason the input is not a date.
func slowBody(s string, out *body, wdOut *uint8) Result {
	if len(s) > maxInput {
		return Result{Reason: ReasonFormat}
	}
	var p scanner
	p.tokenize(s)
	if p.n == 0 {
		return Result{Reason: ReasonEmpty}
	}
	first := 0
	if p.isKw(0, kwArticle) && p.n > 1 { // "the 5th of May", "le samedi 5 avril"
		first = 1
	}
	best, far := p.bestBody(first)
	var wd uint8
	if w := p.toks[first]; w.kind == tWord && w.info.wdays != 0 {
		b, f := p.bestBody(p.skipWeekday(first))
		far = max(far, f)
		if b.ok && b.full && (!best.ok || b.end > best.end) {
			best, wd = b, w.info.wdays
		}
	}
	if !best.ok {
		return Result{Reason: ReasonFormat, Offset: p.offset(far)}
	}
	k := p.afterYear(&best, best.end)
	if best.full {
		if m, next := p.trailingWeekday(k); m != 0 {
			if wd != 0 {
				m &= wd
				if m == 0 {
					return Result{Reason: ReasonInvalidDate}
				}
			}
			wd, k = m, next
		}
		k = p.timeAfterDate(k)
	}
	if k < p.n || p.more >= 0 {
		return Result{Reason: ReasonTrailingText, Offset: p.offset(k)}
	}
	*out, *wdOut = best, wd
	return Result{}
}

// timeAfterDate reads a time part after a full date, introduced by
// whitespace, a comma ("12 Feb 2006, 19:17") or the words of the CLDR
// date-time patterns ("à", "às", "um", "klo", "a las"). It returns k when
// there is none.
func (p *scanner) timeAfterDate(k int) int {
	if t := p.timePart(k, false); t > k {
		return t
	}
	if k < p.n && !p.toks[k].sp { // xsd:date's zone: 1986-04-05Z, 1986-04-05+02:00
		if p.isKw(k, kwZ) {
			return k + 1
		}
		if (p.isPunct(k, '+') || p.isPunct(k, '-')) && p.isNum(k+1, 2, 2) && p.isPunct(k+2, ':') &&
			p.isNum(k+3, 2, 2) && p.toks[k+1].val <= 14 && p.toks[k+3].val <= 59 {
			return k + 4
		}
	}
	i := k
	if p.isPunct(i, ',') {
		i++
	}
	at := false
	for j := 0; j < 2 && p.isKw(i, kwAt); j++ {
		i++
		at = true
		if p.isPunct(i, '.') { // Danish "kl."
			i++
		}
	}
	if i == k {
		return k
	}
	if t := p.timePart(i, at); t > i {
		return t
	}
	return k
}

// finish checks a syntactically complete body against the calendar, the
// weekdays wd written (bit time.Weekday, 0 for none), Options.Now and
// Options.Order, and stores the outcome in *res.
func finish(best *body, wd uint8, o *Options, res *Result) {
	var now ref
	now.init(o)
	if !best.full {
		if best.hasMonth && (best.m < 1 || best.m > 12) {
			*res = Result{Reason: ReasonInvalidDate}
			return
		}
		if best.y < 1900 {
			*res = Result{Reason: ReasonTooOld}
			return
		}
		// A month name of two readings (lis: October or November) keeps
		// both, the lower month in Date and the other in Alt, so the
		// comparison can hold each against the other side. As for a full
		// date, both readings must be valid.
		m1, m2 := best.m, 0
		if best.m2 != 0 {
			m1, m2 = min(best.m, best.m2), max(best.m, best.m2)
		}
		if t := now.today(); best.y > t.y || (best.y == t.y && max(m1, m2) > t.m) {
			*res = Result{Reason: ReasonFuture}
			return
		}
		*res = Result{Date: Date{Year: best.y, Month: time.Month(m1)}, Reason: ReasonPartial}
		if m2 != 0 {
			res.Alt = Date{Year: best.y, Month: time.Month(m2)}
		}
		return
	}
	if best.isZero() {
		// A weekday needs a full date: with one, the zero date is no "no
		// date" placeholder but a date that does not exist.
		if wd != 0 {
			*res = Result{Reason: ReasonInvalidDate}
			return
		}
		*res = Result{Reason: ReasonZeroDate}
		return
	}
	if best.m2 != 0 {
		finishTwoMonths(best, wd, &now, res)
		return
	}
	if !best.ordered {
		d, r := resolve(best.y, best.yd, best.m, best.d, wd, &now)
		if r != "" && best.compact && o.Order == DMY {
			// DDMMYYYY, when the eight digits are no valid YYYYMMDD.
			if d2, r2 := resolve(best.m*100+best.d, 4, best.y%100, best.y/100, wd, &now); r2 == "" {
				d, r = d2, r2
			}
		}
		*res = Result{Date: d, Reason: r}
		return
	}
	order := o.Order
	if order != MDY && order != DMY && best.dotted {
		// The policy: dotted dates are day-first under Auto, always. No
		// locale writes month.day.year, so 12.25.1986 is no date (month
		// 25), never re-read month-first: a field above 12 decides only
		// slashed, dashed and spaced dates.
		order = DMY
	}
	switch order {
	case MDY:
		d, r := resolve(best.y, best.yd, best.a, best.b, wd, &now)
		*res = Result{Date: d, Reason: r}
		return
	case DMY:
		d, r := resolve(best.y, best.yd, best.b, best.a, wd, &now)
		*res = Result{Date: d, Reason: r}
		return
	}
	md, mr := resolve(best.y, best.yd, best.a, best.b, wd, &now)
	dm, dr := resolve(best.y, best.yd, best.b, best.a, wd, &now)
	switch {
	case mr == "" && dr == "":
		if md == dm {
			*res = Result{Date: md}
			return
		}
		*res = Result{Date: md, Alt: dm, Reason: ReasonAmbiguous}
		return
	case mr == "":
		*res = Result{Date: md}
		return
	case dr == "":
		*res = Result{Date: dm}
		return
	case mr != ReasonInvalidDate:
		*res = Result{Reason: mr}
		return
	}
	*res = Result{Reason: dr}
}

// finishTwoMonths resolves a date whose month name means two months in two
// languages (Polish and Czech "listopad" is November, Croatian October).
// A weekday written that fits exactly one valid reading selects it.
// Without that evidence both readings must be valid dates of birth (31
// listopada is no date: a Polish typo must not become 31 October) and the
// result is [ReasonAmbiguous] with the lower month in Date and the other in
// Alt.
func finishTwoMonths(best *body, wd uint8, now *ref, res *Result) {
	m1, m2 := min(best.m, best.m2), max(best.m, best.m2)
	if wd != 0 {
		d1, w1 := resolve(best.y, best.yd, m1, best.d, wd, now)
		d2, w2 := resolve(best.y, best.yd, m2, best.d, wd, now)
		switch {
		case w1 == "" && w2 != "":
			*res = Result{Date: d1}
			return
		case w2 == "" && w1 != "":
			*res = Result{Date: d2}
			return
		}
	}
	d1, r1 := resolve(best.y, best.yd, m1, best.d, wd, now)
	d2, r2 := resolve(best.y, best.yd, m2, best.d, wd, now)
	switch {
	case r1 != "":
		*res = Result{Reason: r1}
	case r2 != "":
		*res = Result{Reason: r2}
	default:
		*res = Result{Date: d1, Alt: d2, Reason: ReasonAmbiguous}
	}
}
