package normalize

//go:generate go run gen.go

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/custmatch/custmatch/internal/textrule"
	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Limits.
const (
	// MaxRunes is the most runes an input may have. Longer input is
	// unusable ([ReasonTooLong]); input longer than 4×MaxRunes bytes is
	// rejected before anything else is looked at.
	MaxRunes = textrule.MaxRunes
	// MaxMarks is the most combining marks one base may carry, counted in
	// canonical decomposition; more is unusable ([ReasonTooManyMarks]).
	MaxMarks = 4
	// maxOutputRunes bounds the expansion of the input while it is read:
	// input whose expansion (compatibility decomposition, ß→ss, æ→ae,
	// œ→oe, þ→th) could exceed it is unusable ([ReasonTooLong]) before the
	// work is done. Plain Latin text never gets near it: its worst rune, ½,
	// expands to three. The output itself is then held to MaxRunes runes, so
	// that every output is acceptable input again (idempotence).
	maxOutputRunes = 3 * MaxRunes
)

// fact is one generated x/text fact (tables.go).
type fact struct {
	d     string // NFD(fold(NFKD(r)))
	flags uint8
}

const (
	factCompat uint8 = 1 << iota // NFKD(r) != NFD(r)
	factCase                     // folding changes r (ß excluded)
)

// Rune kinds for the scan (steps 1, 2, 6).
const (
	kindNormal uint8 = iota
	kindControl
	kindReplacement
	kindInvisible
	kindApostrophe
	kindSpace
)

// info is what the scan needs to know about one input rune.
type info struct {
	d      string // fast path only: the folded canonical decomposition
	steps  Steps  // steps attributable to this rune alone
	kind   uint8
	reset  bool   // its canonical decomposition contains a base (non-mark)
	marks  uint8  // combining marks after the last base of its decomposition
	weight uint8  // upper bound of the output runes it can produce
	fast   bool   // the table entry is complete; no x/text transform needed
	ypo    bool   // r is or decomposes to U+0345, which folding turns into a letter
	k      string // cached entries of the slow path: the NFKD decomposition, "" if none
}

// The fast ranges: Basic Latin to Armenian's start (so Latin-1, Latin Extended,
// IPA, spacing modifiers, the combining diacritics U+0300–036F, Greek and
// Cyrillic), and Latin Extended Additional, Greek Extended and General
// Punctuation (typographic apostrophes, dashes, spaces, zero-width and bidi
// characters). A rune of them that needs more than its table entry (fastRune)
// still sends the text to the slow path.
const (
	fast1Lo = 0x1E00
)

// The slow path caches infoOf for the scripts most names use: Greek,
// Cyrillic, Armenian, Hebrew, Arabic (below U+0800) and Latin Extended
// Additional and Greek Extended (U+1E00–U+1FFF).
const (
	ext0Lo, ext0Hi = 0x0370, 0x0800
	ext1Lo, ext1Hi = 0x1E00, 0x2000
)

var (
	fast0 [len(fastFacts0)]info
	fast1 [len(fastFacts1)]info
	ext0  [ext0Hi - ext0Lo]info
	ext1  [ext1Hi - ext1Lo]info
	// dclass and dscript classify the runes of decomposed, folded text
	// below U+0800 (the writer's input).
	dclass  [ext0Hi]uint8
	dscript [ext0Hi]uint16
	// asciiLetter maps ASCII letters to lower case and digits to themselves;
	// 0 for every other byte.
	asciiLetter [256]byte
)

// Classes of decomposed, folded runes (the writer's input).
const (
	dcOther  uint8 = iota // kept as is, no script (digits, symbols)
	dcLatin               // a Latin letter, kept
	dcUml                 // a, o, u: umlaut candidates
	dcMapped              // letterMap applies
	dcMark                // combining mark
	dcSpace               // U+0020
	dcSep                 // separator punctuation
	dcApos                // apostrophe, removed
)

func init() {
	for r := range fast0 {
		var k []byte
		fast0[r], k = infoOf(rune(r), string(rune(r)))
		fast0[r].k = string(k)
		if fast0[r].kind == kindNormal {
			fast0[r].d = fastFacts0[r].d
			fast0[r].steps |= factSteps(fastFacts0[r].flags)
		}
		fast0[r].fast = fastRune(rune(r), &fast0[r])
	}
	for c := range asciiLetter {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			asciiLetter[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			asciiLetter[c] = byte(c) + 'a' - 'A'
		}
	}
	for r := range dclass {
		dclass[r] = classify(rune(r))
		if unicode.IsLetter(rune(r)) {
			dscript[r], _ = scriptOf(rune(r), nil)
		}
	}
	cache := func(tab []info, lo rune) {
		for i := range tab {
			r := lo + rune(i)
			in, k := infoOf(r, string(r))
			in.k = string(k)
			tab[i] = in
		}
	}
	cache(ext0[:], ext0Lo)
	cache(ext1[:], ext1Lo)
	for i := range fast1 {
		r := rune(fast1Lo + i)
		var k []byte
		fast1[i], k = infoOf(r, string(r))
		fast1[i].k = string(k)
		if fast1[i].kind == kindNormal {
			fast1[i].d = fastFacts1[i].d
			fast1[i].steps |= factSteps(fastFacts1[i].flags)
		}
		fast1[i].fast = fastRune(r, &fast1[i])
	}
}

// fastRune reports whether the table path can take r, whose info is in: not U+0345 or what decomposes
// to it (folding turns it into a letter that must first move behind the other marks), and no letter of
// a script that keeps its marks (they would need reordering and NFC composition, which only the slow
// path does).
func fastRune(r rune, in *info) bool {
	if in.ypo {
		return false
	}
	if unicode.IsLetter(r) {
		class, _ := scriptOf(r, nil)
		return !keepsMarks(class)
	}
	return true
}

func factSteps(f uint8) Steps {
	var s Steps
	if f&factCompat != 0 {
		s |= StepCompat
	}
	if f&factCase != 0 {
		s |= StepCase
	}
	return s
}

// classify returns the dclass of a decomposed, folded rune.
func classify(r rune) uint8 {
	switch {
	case r == ' ':
		return dcSpace
	case isApostrophe(r):
		return dcApos
	case isSeparator(r):
		return dcSep
	case unicode.Is(unicode.M, r):
		return dcMark
	case letterMap(r) != "":
		return dcMapped
	case r == 'a' || r == 'o' || r == 'u':
		return dcUml
	case r < 0x250 && unicode.IsLetter(r):
		return dcLatin
	}
	return dcOther // includes letters U+0250..U+036F; the writer looks those up
}

// infoOf computes the scan info of r (s starts with r) from the policy
// predicates and x/text's per-rune decomposition data, and returns r's NFKD
// decomposition (nil if none). It sets neither d, fast nor k.
func infoOf(r rune, s string) (info, []byte) {
	var in info
	switch {
	case isControl(r):
		in.kind = kindControl
		return in, nil
	case textrule.IsReplacement(r):
		in.kind = kindReplacement
		return in, nil
	case isInvisible(r):
		in.kind, in.steps = kindInvisible, StepInvisible
		return in, nil
	case isApostrophe(r):
		in.kind, in.steps = kindApostrophe, StepPunctuation
		return in, nil
	case isSpace(r):
		in.kind, in.reset, in.weight = kindSpace, true, 1
		if r != ' ' {
			in.steps = StepSpacing
		}
		return in, nil
	}
	if isSharpS(r) {
		in.steps |= StepSharpS
	}
	if r != 'ß' && unicode.Is(caseTable, r) {
		in.steps |= StepCase
	}
	// Canonical decomposition: marks and base.
	dec := norm.NFD.PropertiesString(s).Decomposition()
	if dec == nil {
		in.reset, in.marks = !unicode.Is(unicode.M, r), 0
		if !in.reset {
			in.marks = 1
		}
	} else {
		for _, c := range string(dec) {
			if unicode.Is(unicode.M, c) {
				in.marks++
			} else {
				in.reset, in.marks = true, 0
			}
		}
	}
	// Compatibility decomposition: compat flag and weight.
	kdec := norm.NFKD.PropertiesString(s).Decomposition()
	if !bytes.Equal(dec, kdec) {
		in.steps |= StepCompat
	}
	if kdec == nil {
		in.weight = uint8(1 + expands(r))
		in.ypo = r == 0x0345
	} else {
		for _, c := range string(kdec) {
			in.weight += uint8(1 + expands(c))
			in.ypo = in.ypo || c == 0x0345
		}
	}
	return in, kdec
}

// slowInfo returns the scan info of r (s starts with r) and its NFKD
// decomposition, either as in.k (cached) or as the returned bytes.
func slowInfo(r rune, s string) (info, []byte) {
	switch {
	case r < ext0Lo:
		return fast0[r], nil
	case r < ext0Hi:
		return ext0[r-ext0Lo], nil
	case r >= ext1Lo && r < ext1Hi:
		return ext1[r-ext1Lo], nil
	case r >= fast1Lo && r < fast1Lo+rune(len(fast1)):
		return fast1[r-fast1Lo], nil
	}
	return infoOf(r, s)
}

// expands reports the extra runes a letter gains in steps 4–5.
func expands(r rune) int {
	switch r {
	case 'ß', 'ẞ', 'æ', 'Æ', 'œ', 'Œ', 'þ', 'Þ':
		return 1
	}
	return 0
}

// scanner tracks the step-1 limits over the input.
type scanner struct {
	runes, weight, marks int
	steps                Steps
	content              bool // saw something other than whitespace and invisibles
}

// step accounts for one rune at byte offset i. It returns whether the rune is
// kept (not removed) or the reason it makes the text unusable.
func (sc *scanner) step(i int, in *info) (bool, *Error) {
	// A control character or U+FFFD is reported before the rune count at the
	// same position (the package documentation promises it).
	switch in.kind {
	case kindControl:
		return false, &Error{ReasonControlChar, i}
	case kindReplacement:
		return false, &Error{ReasonReplacementChar, i}
	}
	sc.runes++
	if sc.runes > MaxRunes {
		return false, &Error{ReasonTooLong, i}
	}
	switch in.kind {
	case kindInvisible:
		sc.steps |= in.steps
		return false, nil // transparent for the mark count
	case kindApostrophe:
		sc.steps |= in.steps
		sc.content = true
		return false, nil // transparent for the mark count
	case kindNormal:
		sc.content = true
	}
	if in.reset {
		sc.marks = 0
	}
	sc.marks += int(in.marks)
	if sc.marks > MaxMarks {
		return false, &Error{ReasonTooManyMarks, i}
	}
	sc.weight += int(in.weight)
	if sc.weight > maxOutputRunes {
		return false, &Error{ReasonTooLong, i}
	}
	sc.steps |= in.steps
	return true, nil
}

// tooLong reports the cheap length rejection: the offset is that of the first
// rune (or invalid byte) past MaxRunes.
func tooLong(s string) *Error {
	i := 0
	for n := 0; n < MaxRunes; n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return &Error{ReasonTooLong, i}
}

// appendName is AppendName and AppendUmlautName.
func appendName(dst []byte, s string, umlaut bool) ([]byte, Steps, error) {
	start := len(dst)
	if out, steps, content, ok := appendLatin(dst, s, umlaut); ok {
		out, steps = finalize(out, start, steps, content)
		return bounded(out, start, steps)
	}
	return tableAppend(dst, s, umlaut)
}

// tableAppend is appendName through the fast table, and the slow path for the runes it lacks.
func tableAppend(dst []byte, s string, umlaut bool) ([]byte, Steps, error) {
	start := len(dst)
	if len(s) > 4*MaxRunes {
		return dst, 0, tooLong(s)
	}
	var sc scanner
	var other info // the entry of a rune past the tables
	w := writer{buf: dst, umlaut: umlaut, atStart: true}
	for i := 0; i < len(s); {
		var in *info
		var ln *laneEntry
		c := s[i]
		size := 1
		if c < utf8.RuneSelf {
			if l := asciiLetter[c]; l != 0 {
				// Fast lane for ASCII letters and digits: the general code
				// below does the same, one call at a time.
				sc.runes++
				sc.weight++
				if sc.runes > MaxRunes || sc.weight > maxOutputRunes {
					return dst[:start], 0, &Error{ReasonTooLong, i}
				}
				sc.marks, sc.content = 0, true
				if l != c {
					sc.steps |= StepCase
				}
				if w.base == baseUml {
					w.resolveUmlaut()
				}
				if w.inSep || w.atStart {
					w.startToken()
				}
				w.buf = append(w.buf, l)
				if l >= 'a' {
					w.scripts |= scLatin
					if l == 'a' || l == 'o' || l == 'u' {
						w.base, w.umMarks, w.umOther = baseUml, 0, false
					}
				}
				i++
				continue
			}
			in = &fast0[c]
		} else {
			var r rune
			if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				// Two-byte sequences (U+0080–U+07FF: all of Latin-1 and Latin Extended) decoded inline.
				r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			} else {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			switch {
			case r == utf8.RuneError && size == 1:
				return dst[:start], 0, &Error{ReasonInvalidUTF8, i}
			case r < rune(len(latinLane)):
				in, ln = &fast0[r], &latinLane[r]
			case r < rune(len(fast0)):
				in = &fast0[r]
			case r >= fast1Lo && r < fast1Lo+rune(len(fast1)):
				in = &fast1[r-fast1Lo]
			default:
				// A rune past the tables that NFKD and folding leave alone (a Han, Arabic or Hebrew
				// letter, an invisible character) is its own entry.
				var k []byte
				if other, k = slowInfo(r, s[i:]); plain(r, &other, k) {
					other.d, other.fast = s[i:i+size], true
					in = &other
				}
			}
			if in == nil || !in.fast {
				return slowAppend(dst[:start], s, umlaut)
			}
		}
		keep, err := sc.step(i, in)
		if err != nil {
			return dst[:start], 0, err
		}
		if keep {
			switch {
			case ln != nil && ln.ok:
				w.lane(ln)
			case in.kind == kindSpace:
				w.feed(' ')
			default:
				for _, r := range in.d {
					w.feed(r)
				}
			}
		}
		i += size
	}
	w.finish()
	if w.needNFC {
		// Kept marks (after a letter of another script) or Hangul jamo: only the slow path reorders
		// and composes them.
		return slowAppend(dst[:start], s, umlaut)
	}
	out, steps := finalize(w.buf, start, sc.steps|w.steps, sc.content)
	return bounded(out, start, steps)
}

// plain reports whether r, of slowInfo's in and kdec, is written as it is: no NFKD decomposition (so
// no canonical one either; Hangul syllables, which x/text decomposes by algorithm, are left to the slow
// path) and nothing that folding changes, or a kind whose text the writer never sees (controls,
// invisible characters, apostrophes, spaces).
func plain(r rune, in *info, kdec []byte) bool {
	if in.kind != kindNormal {
		return true
	}
	return kdec == nil && in.k == "" && !in.steps.Has(StepCase) && !in.ypo && (r < 0xAC00 || r > 0xD7A3)
}

// scratch is the per-call state of the slow path. It holds a cases.Caser,
// which is stateful, so a scratch is used by one goroutine at a time: it is
// only ever taken from and returned to scratchPool.
type scratch struct {
	fold       transform.Transformer // a cases.Caser, converted once
	p, k, f, d []byte
	w, c       []byte // the writer's output; its NFC composition
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{fold: cases.Fold()}
}}

// foldCherokee finishes the case folding of a Cherokee letter. Unicode's CaseFolding.txt folds Cherokee
// to its uppercase letters (the lowercase ones came later, in Unicode 8), but x/text's cases.Fold swaps
// the two cases, so that folding a folded name changed it again (Ꮃ → ꮃ → Ꮃ): the uppercase letter is
// the folded form, and Go's unicode tables give it. Every other rune is returned as it is.
func foldCherokee(r rune) rune {
	if r >= 0x13A0 && (r <= 0x13FF || r >= 0xAB70 && r <= 0xABBF) {
		return unicode.ToUpper(r)
	}
	return r
}

// slowAppend handles input with runes outside the fast table: x/text does NFKD,
// case folding and NFD, the writer does the rest, and NFC recomposes what
// other scripts keep.
func slowAppend(dst []byte, s string, umlaut bool) ([]byte, Steps, error) {
	start := len(dst)
	x := scratchPool.Get().(*scratch)
	defer scratchPool.Put(x)

	var sc scanner
	p, k := x.p[:0], x.k[:0]
	ypo, needNFD := false, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return dst, 0, &Error{ReasonInvalidUTF8, i}
		}
		in, kdec := slowInfo(r, s[i:])
		keep, err := sc.step(i, &in)
		if err != nil {
			return dst, 0, err
		}
		ypo = ypo || in.ypo
		// NFD is needed to reorder runs of marks and to decompose Hangul
		// syllables (x/text decomposes those algorithmically).
		needNFD = needNFD || sc.marks > 1 || (r >= 0xAC00 && r <= 0xD7A3)
		if keep {
			// p gets the runes (spaces as U+0020) and k their compatibility
			// decompositions (not yet in canonical order: NFD below reorders).
			if in.kind == kindSpace {
				p = append(p, ' ')
			} else {
				p = append(p, s[i:i+size]...)
			}
			switch {
			case in.kind == kindSpace:
				k = append(k, ' ')
			case kdec != nil:
				k = append(k, kdec...)
			case in.k != "":
				k = append(k, in.k...)
			default:
				k = append(k, s[i:i+size]...)
			}
		}
		i += size
	}
	x.p, x.k = p, k

	// Transforming valid UTF-8 into growing buffers cannot fail.
	if ypo {
		// U+0345 must be moved behind the other marks (canonical order)
		// before folding turns it into a letter: decompose the whole text.
		x.k, _, _ = transform.Append(norm.NFKD, x.k[:0], p)
	}
	x.f, _, _ = transform.Append(x.fold, x.f[:0], x.k)
	d := x.f
	if needNFD || ypo {
		x.d, _, _ = transform.Append(norm.NFD, x.d[:0], x.f)
		d = x.d
	}

	w := writer{buf: x.w[:0], umlaut: umlaut, atStart: true}
	for i := 0; i < len(d); {
		r, size := utf8.DecodeRune(d[i:])
		w.feed(foldCherokee(r))
		i += size
	}
	w.finish()
	x.w = w.buf

	// Compose in scratch, then copy: dst itself is never handed to x/text.
	out := w.buf
	if w.needNFC {
		x.c, _, _ = transform.Append(norm.NFC, x.c[:0], w.buf)
		out = x.c
	}
	dst = append(dst, out...)
	dst, steps := finalize(dst, start, sc.steps|w.steps, sc.content)
	return bounded(dst, start, steps)
}

// appendLatin is the lane for the most common names: ASCII letters and digits, the two-byte Latin letters
// of the Latin lane, ASCII whitespace, the ASCII separators and the apostrophe, at most MaxRunes bytes,
// when dst has room for as many more (it is never grown). No limit can be reached there, and the output is never longer than the input (a letter writes at
// most as many bytes as it takes, a run of separators one space). It is the table path with the
// writer's state in locals and each letter's umlaut decided in its table entry (nothing the lane takes
// can add a mark to a letter). ok is false, and dst unchanged, for anything else: tableAppend then makes
// the output. The result is tableAppend's to the byte (checkRef in ref_test.go holds every path to the
// x/text reference).
func appendLatin(dst []byte, s string, umlaut bool) (out []byte, steps Steps, content, ok bool) {
	if len(s) > MaxRunes || cap(dst)-len(dst) < len(s) {
		return dst, 0, false, false // too long, or dst may not have room for len(s) bytes
	}
	start := len(dst)
	w := dst[start : start+len(s)]
	tab := &latinLetters[0]
	if umlaut {
		tab = &latinLetters[1]
	}
	// k counts the bytes written to w (never more than read from s). gap is the pending separator run:
	// 0 none, else 1 + its whitespace count, negated for a run before the first token (which writes
	// no space).
	k, gap := 0, 0
	var diff byte // ASCII letters changed by lower-casing
	for i := 0; i < len(s); {
		c := s[i]
		if l := asciiLetter[c]; l != 0 {
			if gap != 0 {
				k, steps = openToken(w, k, gap, steps)
				gap = 0
			}
			var d byte
			k, i, d = lowerRun(w, k, s, i)
			diff |= d
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			if c != ' ' {
				steps |= StepSpacing
			}
			switch {
			case gap > 0:
				gap++
			case gap < 0:
				gap--
			case k == 0:
				gap = -2
			default:
				gap = 2
			}
			i++
			continue
		case '-', '.', ',', '_', '/', '\\':
			steps |= StepPunctuation
			if gap == 0 {
				gap = 1
				if k == 0 {
					gap = -1
				}
			}
			i++
			continue
		case '\'', '`':
			steps |= StepPunctuation
			i++
			continue
		}
		if c < 0xC2 || c >= 0xCA || i+1 == len(s) || s[i+1]&0xC0 != 0x80 {
			return dst[:start], 0, false, false
		}
		e := &tab[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
		if e.n == 0 {
			return dst[:start], 0, false, false
		}
		if gap != 0 {
			k, steps = openToken(w, k, gap, steps)
			gap = 0
		}
		// Both bytes are written (k+1 <= i+1 is inside w); the second counts only for two-byte output.
		w[k], w[k+1] = e.out[0], e.out[1]
		k += int(e.n)
		steps |= e.steps
		i += 2
	}
	if gap < -1 || gap > 1 {
		steps |= StepSpacing // trailing (or only) whitespace trimmed
	}
	if diff != 0 {
		steps |= StepCase
	}
	// Content is what is not whitespace: a token, or punctuation (the only source of that step here).
	return dst[:start+k], steps, k > 0 || steps.Has(StepPunctuation), true
}

// lowerRun writes the run of ASCII letters and digits at s[i:] to w[k:], lower-cased, and returns how
// far w and s got and the bits lower-casing changed. Its loop, inlined, has fewer live values than
// appendLatin's.
func lowerRun(w []byte, k int, s string, i int) (int, int, byte) {
	var diff byte
	for ; i < len(s); i++ {
		c := s[i]
		l := asciiLetter[c]
		if l == 0 {
			break
		}
		diff |= l ^ c
		w[k] = l
		k++
	}
	return k, i, diff
}

// openToken is the writer's startToken for appendLatin: the pending separator run gap (see appendLatin)
// before a token.
func openToken(w []byte, k, gap int, steps Steps) (int, Steps) {
	if gap < 0 {
		if gap < -1 {
			steps |= StepSpacing // leading whitespace trimmed
		}
		return k, steps
	}
	if gap > 2 {
		steps |= StepSpacing // whitespace collapsed
	}
	w[k] = ' '
	return k + 1, steps
}

// bounded rejects an output of more than MaxRunes runes (ReasonTooLong at offset 0: the value as a whole
// expands too far, e.g. fifteen U+FDFA ligatures of 18 runes each). Every output is therefore itself
// acceptable input, which keeps normalization idempotent.
func bounded(dst []byte, start int, steps Steps) ([]byte, Steps, error) {
	if len(dst)-start > MaxRunes && utf8.RuneCount(dst[start:]) > MaxRunes {
		return dst[:start], 0, &Error{ReasonTooLong, 0}
	}
	return dst, steps, nil
}

// finalize applies steps 7–8 to the tokens in dst[start:].
func finalize(dst []byte, start int, steps Steps, content bool) ([]byte, Steps) {
	v := dst[start:]
	// Leading titles, while another token remains (a title has at most 5 letters).
	for {
		sp := bytes.IndexByte(v, ' ')
		if sp < 0 || sp > 5 || !isTitle(v[:sp]) {
			break
		}
		v = v[sp+1:]
		steps |= StepTitle
	}
	// Trailing generational suffixes, while another token remains (2 or 3 letters: the last space is
	// 3 or 4 bytes from the end).
	for len(v) >= 4 && (v[len(v)-3] == ' ' || (len(v) >= 5 && v[len(v)-4] == ' ')) {
		sp := bytes.LastIndexByte(v, ' ')
		if sp < 0 || !isSuffix(v[sp+1:]) {
			break
		}
		v = v[:sp]
		steps |= StepTitle
	}
	if isPlaceholder(v) || (len(v) == 0 && content) {
		return dst[:start], steps | FlagPlaceholder
	}
	if len(v) == len(dst)-start {
		return dst, steps // nothing dropped
	}
	n := copy(dst[start:], v)
	return dst[:start+n], steps
}

// Base states of the writer.
const (
	baseStrip uint8 = iota // marks are dropped (Latin, Greek, Cyrillic, non-letters, none)
	baseKeep               // marks are kept (letters of other scripts)
	baseUml                // a, o, u: marks are collected for the umlaut decision
)

// writer implements steps 5, 6, 9 and 10 over decomposed, case-folded text and
// writes tokens separated by single spaces. It lives on the stack of one call.
type writer struct {
	buf    []byte
	steps  Steps
	umlaut bool // write ä/ö/ü as ae/oe/ue
	// needNFC: the output may not be in NFC (kept marks, Hangul jamo). All
	// second elements of canonical compositions are marks or Hangul jamo.
	needNFC bool

	base      uint8
	umMarks   int  // marks after an umlaut candidate
	umOther   bool // one of them is not U+0308
	atStart   bool // no token written yet
	inSep     bool // inside a run of separators
	sepSpaces int  // whitespace separators in the current run

	scripts uint16 // script classes of the current token
	other   *unicode.RangeTable
	otherX  bool // two different "other" scripts in the current token
}

// feed processes one rune of decomposed, case-folded text.
func (w *writer) feed(r rune) {
	var c uint8
	if r < rune(len(dclass)) {
		c = dclass[r]
	} else {
		c = classify(r)
	}
	if c == dcMark {
		switch w.base {
		case baseKeep:
			w.buf = utf8.AppendRune(w.buf, r)
			w.needNFC = true
		case baseUml:
			w.umMarks++
			if r != 0x0308 {
				w.umOther = true
			}
		default:
			w.steps |= StepAccents
		}
		return
	}
	if w.base == baseUml {
		w.resolveUmlaut()
	}
	w.base = baseStrip
	switch c {
	case dcSpace:
		w.sep(true)
	case dcSep:
		w.steps |= StepPunctuation
		w.sep(false)
	case dcApos:
		w.steps |= StepPunctuation
	case dcMapped:
		w.startToken()
		w.steps |= StepLetters
		w.buf = append(w.buf, letterMap(r)...)
		w.scripts |= scLatin
	case dcUml:
		w.startToken()
		w.buf = append(w.buf, byte(r))
		w.scripts |= scLatin
		w.base, w.umMarks, w.umOther = baseUml, 0, false
	case dcLatin:
		w.startToken()
		if r < utf8.RuneSelf {
			w.buf = append(w.buf, byte(r))
		} else {
			w.buf = utf8.AppendRune(w.buf, r)
		}
		w.scripts |= scLatin
	default:
		w.startToken()
		w.buf = utf8.AppendRune(w.buf, r)
		if (r >= 0x1100 && r <= 0x11FF) || (r >= 0xA960 && r <= 0xA97F) || (r >= 0xD7B0 && r <= 0xD7FF) {
			w.needNFC = true
		}
		var class uint16
		var table *unicode.RangeTable
		if r < ext0Hi {
			if class = dscript[r]; class == scOther {
				_, table = scriptOf(r, w.other)
			}
		} else if unicode.IsLetter(r) {
			class, table = scriptOf(r, w.other)
		}
		if class == scOther {
			if w.other != nil && w.other != table {
				w.otherX = true
			}
			w.other = table
		}
		w.scripts |= class
		if keepsMarks(class) {
			w.base = baseKeep
		}
	}
}

// laneEntry is what feeding the decomposition of one Latin letter (U+0080–U+024F) does to a writer in
// the middle of a token: the bytes it appends, the steps it adds and the umlaut state it leaves. It is
// computed at init by feeding the letter's decomposition to a writer, so the lane and feed cannot
// disagree; the reference tests check both against x/text.
type laneEntry struct {
	out     string
	steps   Steps
	base    uint8
	umMarks int
	umOther bool
	ok      bool // the letter decomposes to Latin letters and marks only
}

// latinLane holds the lane entries of the two-byte Latin letters.
var latinLane [0x250]laneEntry

func init() {
	for r := rune(0x80); r < rune(len(latinLane)); r++ {
		in := &fast0[r]
		if in.kind != kindNormal || !in.fast || in.d == "" {
			continue
		}
		ok := true
		for k, c := range in.d {
			if c >= rune(len(dclass)) {
				ok = false
				break
			}
			switch dclass[c] {
			case dcLatin, dcUml, dcMapped:
			case dcMark:
				ok = ok && k > 0
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		w := writer{}
		for _, c := range in.d {
			w.feed(c)
		}
		if w.needNFC || w.scripts != scLatin || w.inSep {
			continue
		}
		latinLane[r] = laneEntry{out: string(w.buf), steps: w.steps, base: w.base, umMarks: w.umMarks,
			umOther: w.umOther, ok: true}
	}
}

// latinLetter is what appendLatin writes for a letter of the Latin lane in one spelling: the lane entry
// applied in the middle of a token and its umlaut decided (what the next rune, which cannot be a mark
// there, would decide), with the scanner's steps for the letter. n is the length of out, 1 or 2, and 0
// for a rune the lane does not take.
type latinLetter struct {
	out   [2]byte
	n     uint8
	steps Steps
}

// latinLetters holds the entries of appendLatin by spelling (canonical, umlaut) and rune: every
// two-byte sequence that starts with 0xC2–0xC9 has one.
var latinLetters [2][0x280]latinLetter

func init() {
	for r := range latinLane {
		ln, in := &latinLane[r], &fast0[r]
		if !ln.ok || in.kind != kindNormal || !in.fast || !in.reset || in.marks > MaxMarks {
			continue
		}
		var e [2]latinLetter
		for mode, umlaut := range []bool{false, true} {
			w := writer{umlaut: umlaut}
			w.lane(ln)
			w.finish()
			if len(w.buf) == 0 || len(w.buf) > 2 {
				e = [2]latinLetter{} // a letter must not write more than it takes
				break
			}
			copy(e[mode].out[:], w.buf)
			e[mode].n, e[mode].steps = uint8(len(w.buf)), w.steps|in.steps
		}
		latinLetters[0][r], latinLetters[1][r] = e[0], e[1]
	}
}

// lane applies a lane entry: what feeding the letter's decomposition would do.
func (w *writer) lane(e *laneEntry) {
	if w.base == baseUml {
		w.resolveUmlaut()
	}
	w.base = baseStrip
	w.startToken()
	w.buf = append(w.buf, e.out...)
	w.steps |= e.steps
	w.scripts |= scLatin
	w.base, w.umMarks, w.umOther = e.base, e.umMarks, e.umOther
}

// resolveUmlaut decides a pending a/o/u: exactly one mark, U+0308, makes it
// ä/ö/ü.
func (w *writer) resolveUmlaut() {
	w.base = baseStrip
	switch {
	case w.umMarks == 1 && !w.umOther:
		w.steps |= StepUmlaut
		if w.umlaut {
			w.buf = append(w.buf, 'e')
		} else {
			w.steps |= StepAccents
		}
	case w.umMarks > 0:
		w.steps |= StepAccents
	}
}

// sep records a separator; ws tells whitespace from punctuation.
func (w *writer) sep(ws bool) {
	if !w.inSep {
		w.inSep, w.sepSpaces = true, 0
		w.endToken()
	}
	if ws {
		w.sepSpaces++
	}
}

// startToken writes the pending separator, if any, before a token rune.
func (w *writer) startToken() {
	if !w.inSep {
		w.atStart = false
		return
	}
	w.inSep = false
	if w.atStart {
		if w.sepSpaces > 0 {
			w.steps |= StepSpacing // leading whitespace trimmed
		}
		w.atStart = false
		return
	}
	if w.sepSpaces > 1 {
		w.steps |= StepSpacing // whitespace collapsed
	}
	w.buf = append(w.buf, ' ')
}

// endToken checks the finished token's scripts.
func (w *writer) endToken() {
	if mixed(w.scripts, w.otherX) {
		w.steps |= FlagMixedScript
	}
	w.scripts, w.other, w.otherX = 0, nil, false
}

// finish flushes the writer state at the end of the text.
func (w *writer) finish() {
	if w.base == baseUml {
		w.resolveUmlaut()
	}
	if w.inSep && w.sepSpaces > 0 {
		w.steps |= StepSpacing // trailing (or only) whitespace trimmed
	}
	w.endToken()
}
