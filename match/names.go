package match

import (
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/custmatch/custmatch/normalize"
	"github.com/custmatch/custmatch/translit"
)

// formCap is the room for one normalized form in the pooled buffers; longer names still work (append
// grows the slice on the heap), they just allocate.
const formCap = 512

// maxTokens bounds the token alignment of the extra-names rule; names with more tokens are compared as
// whole strings only.
const maxTokens = 12

// name is one analysed name value: its normalized forms and what normalization did.
type name struct {
	raw      string
	form     string // the canonical form (umlauts stripped: müller -> muller)
	alt      string // the umlaut alternative (müller -> mueller), once alternative has made it
	fv, av   view   // form and alt with their counts
	steps    normalize.Steps
	altSteps normalize.Steps // the steps that made alt
	unusable Reason          // the unusable-text reason when usable is false, else 0 (none)
	usable   bool
	wantAlt  bool     // the value has an umlaut and the umlaut rule is on
	buf      *nameBuf // storage for alt
}

// alternative returns the umlaut alternative form, "" when there is none. It is made on first use: most
// comparisons are decided by the canonical forms.
func (n *name) alternative() string {
	if n.wantAlt {
		n.wantAlt = false
		if alt, steps, err := normalize.AppendUmlautName(n.buf.alt[:0], n.raw); err == nil {
			n.alt, n.altSteps = bytesString(alt), steps
			n.av = view{s: n.alt}
		}
	}
	return n.alt
}

// altView is the view of alternative.
func (n *name) altView() *view {
	n.alternative()
	return &n.av
}

// missing reports whether the value is empty, whitespace-only, invisible-only or a placeholder.
func (n *name) missing() bool { return n.usable && n.form == "" }

// nameBuf is the storage for the two forms of one name.
type nameBuf struct {
	form, alt [formCap]byte
}

// analyse normalizes raw into n, using buf for the forms. The forms alias buf: buf must outlive n.
func analyse(n *name, buf *nameBuf, raw string, umlaut bool) {
	n.raw = raw
	out, steps, err := normalize.AppendName(buf.form[:0], raw)
	if err != nil {
		n.unusable = unusableReason(err)
		return
	}
	n.usable = true
	n.steps = steps
	n.form = bytesString(out)
	n.fv = view{s: n.form}
	n.wantAlt, n.buf = umlaut && steps.Has(normalize.StepUmlaut), buf
}

// bytesString views b as a string without copying. The caller must not modify b afterwards.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// view is a normalized form with the counts the comparison asks for again and again (every rule, every
// alternative), taken once, when a comparison first needs them: most pairs are decided by equal forms.
type view struct {
	s       string
	runes   int  // runes in s
	spaces  int  // spaces in s
	usual   bool // every byte of s has a slot in the small match table (asciiSlot)
	counted bool // the counts are taken
}

// byteCount is what one byte adds to view.count's sum: 1 in the low 16 bits for a space, 1 in the
// next 16 for a byte without a slot in the small match table, 1 in the high 32 for a byte past ASCII.
// A form is far shorter than 65536 bytes, so no field overflows into the next.
var byteCount = func() (t [256]uint64) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = 1
		case c >= utf8.RuneSelf:
			t[c] = 1<<16 | 1<<32
		case asciiSlot[c] == 0:
			t[c] = 1 << 16
		}
	}
	return t
}()

// count takes the counts: one pass over ASCII, a second for the runes of other text.
func (v *view) count() {
	if v.counted {
		return
	}
	var sum uint64
	for i := 0; i < len(v.s); i++ {
		sum += byteCount[v.s[i]]
	}
	v.runes, v.spaces, v.usual, v.counted = len(v.s), int(sum&0xFFFF), sum>>16&0xFFFF == 0, true
	if sum>>32 != 0 {
		v.runes = utf8.RuneCountInString(v.s)
	}
}

// viewOf returns the counted view of s.
func viewOf(s string) view {
	v := view{s: s}
	v.count()
	return v
}

// ascii reports whether the form is all ASCII.
func (v *view) ascii() bool { return v.runes == len(v.s) }

// unusableReason maps a normalize error to its reason.
func unusableReason(err error) Reason {
	if e, ok := err.(*normalize.Error); ok {
		switch e.Reason {
		case normalize.ReasonControlChar:
			return ReasonControlChar
		case normalize.ReasonReplacementChar:
			return ReasonReplacementChar
		case normalize.ReasonTooLong:
			return ReasonTooLong
		case normalize.ReasonTooManyMarks:
			return ReasonTooManyMarks
		}
	}
	return ReasonInvalidUTF8
}

// stepReasons maps each normalization step to the reason a verdict gives for it.
var stepReasons = [...]struct {
	step   normalize.Steps
	reason Reason
}{
	{normalize.StepCase, ReasonCase},
	{normalize.StepAccents, ReasonAccents},
	{normalize.StepSharpS, ReasonSharpS},
	{normalize.StepLetters, ReasonLetters},
	{normalize.StepPunctuation, ReasonPunctuation},
	{normalize.StepSpacing, ReasonSpacing},
	{normalize.StepTitle, ReasonTitle},
	{normalize.StepInvisible, ReasonInvisible},
	{normalize.StepCompat, ReasonCompat},
}

// reasonsFor returns the reasons for the normalization steps in s (StepUmlaut excluded: the umlaut
// spelling is a reason only when the alternative form is what matched).
func reasonsFor(s normalize.Steps) Reasons {
	var r Reasons
	for b := uint64(s) & stepReasonMask; b != 0; b &= b - 1 {
		r |= stepReasonOfBit[bits.TrailingZeros64(b)]
	}
	return r
}

// stepReasonOfBit is stepReasons by bit number of the step, and stepReasonMask the steps it has.
var stepReasonOfBit, stepReasonMask = func() (t [64]Reasons, mask uint64) {
	for _, sr := range stepReasons {
		t[bits.TrailingZeros64(uint64(sr.step))] = Reasons(0).With(sr.reason)
		mask |= uint64(sr.step)
	}
	return t, mask
}()

// stepsThatMatter returns the reasons for the normalization steps that explain why a and b compare equal:
// every step either side needed, except case folding when both sides needed it alike (Johannes vs
// Johannes B. differ in no letter's case) — case counts when only one side was folded or the raw values
// differ only in case (MAX vs Max).
func stepsThatMatter(a, b *name, o outcome) Reasons {
	if o.scheme != 0 {
		return translitSteps(a, b, o)
	}
	sa, sb := a.steps, b.steps
	if o.altA {
		sa = a.altSteps
	}
	if o.altB {
		sb = b.altSteps
	}
	s := sa | sb
	if s&normalize.StepCase != 0 && (sa^sb)&normalize.StepCase == 0 && !strings.EqualFold(a.raw, b.raw) {
		s &^= normalize.StepCase
	}
	return reasonsFor(s)
}

// flagsFor returns the flags for the steps of one value.
func flagsFor(s normalize.Steps) Flags {
	var f Flags
	if s.Has(normalize.StepInvisible) {
		f = f.With(FlagInvisibleRemoved)
	}
	if s.Has(normalize.FlagMixedScript) {
		f = f.With(FlagMixedScript)
	}
	return f
}

// outcome is the result of comparing two name forms.
type outcome struct {
	match      bool
	score      float64
	reasons    Reasons
	altA, altB bool            // the umlaut alternative of that side was used
	scheme     translit.Scheme // the transliteration of the other side's name that was used, or 0
}

// better reports whether o is a better outcome than p: a match beats a mismatch, then the higher score,
// then the simpler explanation (fewer reasons, then the lower set). The order is total over outcomes, so
// the best of several does not depend on the order they were tried in (Compare stays symmetric).
func (o outcome) better(p outcome) bool {
	switch {
	case o.match != p.match:
		return o.match
	case o.score != p.score:
		return o.score > p.score
	case o.reasons.len() != p.reasons.len():
		return o.reasons.len() < p.reasons.len()
	}
	return o.reasons < p.reasons
}

// epsilon absorbs float rounding in score comparisons (1 − 1/10 must pass a 0.90 threshold).
const epsilon = 1e-9

// similarity returns 1 − levenshtein(a, b)/max(runes), always computed: it is the score a verdict
// reports.
func similarity(a, b string) float64 {
	x, y := viewOf(a), viewOf(b)
	return similarityOf(&x, &y)
}

// similarityOf is similarity of two counted forms.
func similarityOf(x, y *view) float64 {
	return similarityCounted(x.s, y.s, x.runes, y.runes, x.ascii() && y.ascii(), x.usual && y.usual)
}

// similarityCounted is similarity of a and b of ra and rb runes; ascii says both are ASCII, usual that
// both have only bytes of the small match table.
func similarityCounted(a, b string, ra, rb int, ascii, usual bool) float64 {
	if a == b {
		return 1
	}
	if ascii {
		return 1 - float64(distanceASCII(a, b, usual))/float64(max(ra, rb))
	}
	return 1 - float64(distance(a, b))/float64(max(ra, rb))
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lengthBound returns the highest similarity a and b can have given their rune counts alone,
// 1 − |difference|/longer. It decides whether computing the distance can change anything; it is never
// reported as a score.
func lengthBound(a, b string) float64 { return runesBound(runeCount(a), runeCount(b)) }

// runesBound is lengthBound for strings of ra and rb runes.
func runesBound(ra, rb int) float64 {
	longer := max(ra, rb)
	if longer == 0 {
		return 1
	}
	return 1 - float64(max(ra-rb, rb-ra))/float64(longer)
}

// spacelessBound is lengthBound of x and y with their spaces removed.
func spacelessBound(x, y *view) float64 { return runesBound(x.runes-x.spaces, y.runes-y.spaces) }

// runeCount is utf8.RuneCountInString with an ASCII fast path.
func runeCount(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(s)
		}
	}
	return len(s)
}

// equalSpaceless reports whether x1+x2 equals y1+y2 once every space is removed, without building the
// strings.
func equalSpaceless(x1, x2, y1, y2 string) bool {
	x, y := x1, y1 // the unread rest of the current part of each side
	for {
		k := 0
		for k < len(x) && k < len(y) && x[k] == y[k] {
			k++
		}
		x, y = x[k:], y[k:]
		switch {
		case len(x) > 0 && x[0] == ' ':
			x = x[1:]
		case len(y) > 0 && y[0] == ' ':
			y = y[1:]
		case len(x) == 0 && x2 != "":
			x, x2 = x2, ""
		case len(y) == 0 && y2 != "":
			y, y2 = y2, ""
		default:
			return len(x) == 0 && len(y) == 0
		}
	}
}

// similaritySpaceless is similarity of x and y with their spaces removed. ASCII forms of up to 64
// letters are compared in place; others are copied without their spaces first.
func similaritySpaceless(x, y *view) float64 {
	if x.ascii() && y.ascii() {
		nx, ny := len(x.s)-x.spaces, len(y.s)-y.spaces
		p, t := x.s, y.s
		if nx > ny {
			p, t, nx, ny = t, p, ny, nx
		}
		switch {
		case ny == 0:
			return 1
		case nx == 0:
			return 0
		case nx <= 64:
			return 1 - float64(spacelessDistanceASCII(p, t, nx, ny, x.usual && y.usual))/float64(ny)
		}
	}
	var xb, yb [formCap]byte
	return similarity(bytesString(appendSpaceless(xb[:0], x.s)), bytesString(appendSpaceless(yb[:0], y.s)))
}

// appendSpaceless appends s without its spaces to dst.
func appendSpaceless(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			dst = append(dst, s[i])
		}
	}
	return dst
}

// nameRules is what compareForms needs from the options.
type nameRules struct {
	threshold  float64
	floor      float64 // the lowest score that still matters (review band, or threshold)
	band       float64 // the review band, 0 when off
	spacing    bool
	extraNames bool
	initials   bool
	translit   bool // Options.Transliterate
}

// compareForms compares two non-empty normalized forms under the name rules. The score is the computed
// similarity of the forms (or of their spaceless forms, when higher).
func compareForms(xv, yv *view, r *nameRules) outcome {
	x, y := xv.s, yv.s
	if x == y {
		return outcome{match: true, score: 1}
	}
	xv.count()
	yv.count()
	spaced := xv.spaces > 0 || yv.spaces > 0
	var score float64
	if r.spacing && spaced {
		if len(x)-xv.spaces == len(y)-yv.spaces && equalSpaceless(x, "", y, "") {
			return outcome{match: true, score: 1, reasons: Reasons(0).With(ReasonSpacing)}
		}
		score = spacedScore(xv, yv)
	} else {
		score = similarityOf(xv, yv)
	}
	if score >= r.threshold-epsilon {
		return outcome{match: true, score: score, reasons: Reasons(0).With(ReasonFuzzy)}
	}
	o := outcome{score: score}
	if r.extraNames && !spaced {
		// One token each: the pair is the whole string, already scored, so only an initial can line up.
		if r.initials && (xv.runes == 1 || yv.runes == 1) && firstRune(x) == firstRune(y) {
			o.reasons = o.reasons.With(ReasonInitialsOnly)
		}
	} else if r.extraNames {
		a := alignTokens(xv, yv, r)
		if a.ok {
			o.match = true
			o.reasons = a.reasons
			return o
		}
		if a.initialsOnly {
			o.reasons = o.reasons.With(ReasonInitialsOnly)
		}
	}
	if isPrefix(x, y) {
		o.reasons = o.reasons.With(ReasonPrefix)
	}
	return o.withDifferent()
}

// spacedScore is the higher of the similarities of x and y with and without their spaces. Neither can
// pass its length bound (the distance is at least the difference in length), so one that reaches the
// other's bound is the answer without computing the other; the spaceless one is tried first when its
// bound is the higher.
func spacedScore(x, y *view) float64 {
	bound, spaceless := runesBound(x.runes, y.runes), spacelessBound(x, y)
	if spaceless > bound {
		s := similaritySpaceless(x, y)
		if s >= bound {
			return s
		}
		return max(s, similarityOf(x, y))
	}
	score := similarityOf(x, y)
	// The spaceless forms can raise the score only when their lengths allow a higher one.
	if spaceless > score {
		score = max(score, similaritySpaceless(x, y))
	}
	return score
}

// withDifferent marks a failed outcome as different.
func (o outcome) withDifferent() outcome {
	o.reasons = o.reasons.With(ReasonDifferent)
	return o
}

// isPrefix reports whether the shorter of two different forms is a prefix of the longer, ignoring spaces
// at the cut (Max / Maximillian, Must / Mustermann).
func isPrefix(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) > 0 && strings.HasPrefix(y, x)
}

// alignment is the result of the extra-names rule.
type alignment struct {
	ok           bool
	initialsOnly bool // the tokens line up, but only through initials
	reasons      Reasons
}

// tokens splits a normalized form into t, at most maxTokens tokens; ok is false when there are more.
func tokens(s string, t *[maxTokens]string) (n int, ok bool) {
	for len(s) > 0 {
		if n == maxTokens {
			return n, false
		}
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			t[n] = s
			return n + 1, true
		}
		t[n] = s[:i]
		n++
		s = s[i+1:]
	}
	return n, true
}

// alphabet is what the views of two forms say about all their tokens.
type alphabet struct {
	ascii bool // one byte per rune
	usual bool // only bytes of the small match table
}

// Token pair kinds for the alignment.
const (
	pairNone    = iota // the tokens do not line up
	pairInitial        // one token is an initial of the other (or both the same initial)
	pairFull           // the tokens are equal or similar at or above the threshold
)

// pairKind classifies how token a lines up with token b, tokens of forms written in ab.
func pairKind(a, b string, r *nameRules, ab alphabet) (kind int, fuzzy bool) {
	ra, rb := len(a), len(b)
	if !ab.ascii {
		ra, rb = runeCount(a), runeCount(b)
	}
	if ra == 1 || rb == 1 {
		// A one-letter token is an initial: it lines up only as an initial, never as a full name.
		if !r.initials {
			return pairNone, false
		}
		ca, _ := utf8.DecodeRuneInString(a)
		cb, _ := utf8.DecodeRuneInString(b)
		if ca == cb {
			return pairInitial, false
		}
		return pairNone, false
	}
	if a == b {
		return pairFull, false
	}
	if runesBound(ra, rb) >= r.threshold-epsilon &&
		similarityCounted(a, b, ra, rb, ab.ascii, ab.usual) >= r.threshold-epsilon {
		return pairFull, true
	}
	return pairNone, false
}

// alignTokens applies the extra-names rule: every token of the side with fewer tokens must line up, in
// order, with a token of the other side (equal, similar at or above the threshold, or an initial), and at
// least one aligned pair must be a full name. With equal token counts it allows initials only.
func alignTokens(x, y *view, r *nameRules) alignment {
	var xt, yt [maxTokens]string
	nx, okx := tokens(x.s, &xt)
	ny, oky := tokens(y.s, &yt)
	if !okx || !oky {
		return alignment{}
	}
	ab := alphabet{ascii: x.ascii() && y.ascii(), usual: x.usual && y.usual}
	a, b, na, nb := &xt, &yt, nx, ny
	if nx > ny {
		a, b, na, nb = &yt, &xt, ny, nx
	}
	if na == nb && !r.initials {
		return alignment{} // equal counts without initials: the whole-string score already decided
	}
	if na == 1 {
		return alignOne(a[0], b[:nb], r, ab)
	}
	// reach[i][j] holds, for the first i tokens of a aligned within the first j tokens of b, the best
	// state: bit reachable, bit full (reachable with a full-name pair), and whether initials or fuzzy
	// pairs were used on the path that reached it. One byte per cell keeps the table small to clear.
	var reach [maxTokens + 1][maxTokens + 1]uint8
	for j := 0; j <= nb; j++ {
		reach[0][j] = stReachable
	}
	for i := 1; i <= na; i++ {
		for j := i; j <= nb; j++ {
			// skip b[j-1]
			best := reach[i][j-1]
			if prev := reach[i-1][j-1]; prev != 0 {
				if st := step(prev, a[i-1], b[j-1], r, ab); st != 0 && betterState(st, best) {
					best = st
				}
			}
			reach[i][j] = best
		}
	}
	return alignmentOf(reach[na][nb], na != nb)
}

// The alignment states: reachable and full decide, initials and fuzzy say how.
const (
	stReachable uint8 = 1 << iota
	stFull
	stInitials
	stFuzzy
)

// step extends a path in state prev by pairing token x with token y; 0 when they do not line up.
func step(prev uint8, x, y string, r *nameRules, ab alphabet) uint8 {
	kind, fuzzy := pairKind(x, y, r, ab)
	if kind == pairNone {
		return 0
	}
	st := prev
	if kind == pairFull {
		st |= stFull
	} else {
		st |= stInitials
	}
	if fuzzy {
		st |= stFuzzy
	}
	return st
}

// betterState reports whether alignment state s beats t: a full-name path beats a reachable one, then
// fewer of initials and fuzzy pairs.
func betterState(s, t uint8) bool {
	const decides = stReachable | stFull
	if s&decides != t&decides {
		return s&decides > t&decides
	}
	return bits.OnesCount8(s>>2) < bits.OnesCount8(t>>2)
}

// alignmentOf turns the final state into an alignment; extra says the token counts differ.
func alignmentOf(st uint8, extra bool) alignment {
	switch {
	case st&stFull != 0:
		var why Reasons
		if st&stInitials != 0 {
			why = why.With(ReasonInitials)
		}
		if st&stFuzzy != 0 {
			why = why.With(ReasonFuzzy)
		}
		if extra {
			why = why.With(ReasonExtraNames)
		}
		return alignment{ok: true, reasons: why}
	case st&stReachable != 0:
		return alignment{initialsOnly: true}
	}
	return alignment{}
}

// alignOne is alignTokens when the shorter side has one token: the best pairing of x with any token
// of ys (the table would find the same).
func alignOne(x string, ys []string, r *nameRules, ab alphabet) alignment {
	var best uint8
	for _, y := range ys {
		if st := step(stReachable, x, y, r, ab); st != 0 && betterState(st, best) {
			best = st
		}
	}
	return alignmentOf(best, len(ys) != 1)
}

// compareNames compares one name field's two values under the rules, trying the umlaut alternatives.
func compareNames(a, b *name, r *nameRules, res *FieldResult) {
	res.Flags = flagsFor(a.steps) | flagsFor(b.steps)
	switch {
	case !a.usable || !b.usable:
		res.Status = StatusUnusable
		res.Reasons = res.Reasons.withSides(a.unusable, b.unusable)
		return
	case a.missing() || b.missing():
		res.Status = StatusMissing
		for _, n := range [2]*name{a, b} {
			switch {
			case n.steps.Has(normalize.FlagPlaceholder):
				res.Reasons = res.Reasons.With(ReasonPlaceholder)
			case n.form == "":
				res.Reasons = res.Reasons.With(ReasonEmpty)
			}
		}
		return
	}
	o := outcome{match: true, score: 1} // equal forms, the usual case: no other reading does better
	if a.form != b.form {
		o = bestOutcome(a, b, r)
	}
	res.Scored = true
	res.Score = o.score
	res.Reasons = o.reasons
	res.Transliteration = o.scheme
	if o.match {
		res.Status = StatusMatch
		if a.raw == b.raw {
			res.Reasons = res.Reasons.With(ReasonExact)
		} else {
			res.Reasons |= stepsThatMatter(a, b, o)
		}
		return
	}
	res.Status = StatusMismatch
	if r.band > 0 && res.Score >= r.band-epsilon {
		res.Reasons = res.Reasons.With(ReasonReviewBand)
	}
	if res.Flags.Has(FlagMixedScript) {
		res.Reasons = res.Reasons.With(ReasonMixedScript)
	}
}

// bestOutcome compares the canonical forms, then the umlaut alternatives (Müller: mueller) of either side
// against the other side's canonical form and against each other (Öz-Kuehn and Oez-Kühn meet at oez
// kuehn), and keeps the best.
func bestOutcome(a, b *name, r *nameRules) outcome {
	best := compareForms(&a.fv, &b.fv, r)
	if best.match && best.score == 1 {
		return best
	}
	consider := func(x, y *view, altA, altB bool) {
		if x.s == "" || y.s == "" {
			return
		}
		// Once a match is in hand only a match with a higher score can improve on it, so a length
		// difference that rules that out skips the pair: it could not change what is reported.
		if best.match {
			x.count()
			y.count()
			if runesBound(x.runes, y.runes) < best.score-epsilon &&
				(!r.spacing || spacelessBound(x, y) < best.score-epsilon) {
				return
			}
		}
		o := compareForms(x, y, r)
		o.reasons = o.reasons.With(ReasonUmlautSpelling)
		o.altA, o.altB = altA, altB
		switch {
		case o.better(best):
			best = o
		case o.match == best.match && o.score == best.score && o.reasons == best.reasons:
			// A tie between the two sides' alternatives: explain by both, whichever came first.
			best.altA, best.altB = best.altA || altA, best.altB || altB
		}
	}
	if av, bv := a.altView(), b.altView(); av.s != "" || bv.s != "" {
		consider(av, &b.fv, true, false)
		consider(&a.fv, bv, false, true)
		consider(av, bv, true, true)
	}
	if r.translit {
		best = transliterated(a, b, r, best)
	}
	return best
}
