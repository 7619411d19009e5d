package match

import (
	"strings"
	"sync"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/normalize"
)

// placeholderDates are dates of birth that CRMs use for "unknown"; they are compared but flagged.
var placeholderDates = [...]dob.Date{{Year: 1900, Month: 1, Day: 1}, {Year: 1970, Month: 1, Day: 1}}

// placeholderDays has bit d set when a placeholder date falls on day d of its month: a date on any other
// day is no placeholder, which settles most dates without comparing them.
var placeholderDays = func() (days uint32) {
	for _, p := range placeholderDates {
		days |= 1 << p.Day
	}
	return days
}()

// dateSide is one side's parsed date of birth.
type dateSide struct {
	raw      string
	cands    [2]dob.Date // the readings: one, two when ambiguous; a partial date has Day 0
	n        int         // number of readings
	partial  bool        // the readings are partial dates: one (Year, maybe Month), or two months of a year
	invalid  bool
	missing  Reason // ReasonEmpty or ReasonPlaceholder when the value is missing, else 0 (none)
	unusable Reason // the reason the text itself is unusable, else 0 (none)
}

// parseSide parses raw under o.
func parseSide(s *dateSide, raw string, o *dob.Options) {
	s.raw = raw
	t, plain := trimmed(raw)
	// Unusable text is judged before trimming (policy: normalization step 1 comes first), so a control
	// character at either end ("1986-04-05\v", "\u00851986-04-05") makes the value unusable, never
	// trimmed away, and a value of controls only is unusable, not empty.
	if !plain {
		if s.unusable = unusableText(raw); s.unusable != 0 {
			return
		}
	}
	if t == "" {
		s.missing = ReasonEmpty
		return
	}
	// Placeholder text (n/a, unknown, -) is detected through internal/textrule, zero dates (0000-00-00,
	// 00.00.0000, 00000000, …) by dob: both are a missing date of birth (see the policy in doc.go).
	if textrule.IsPlaceholderText(t) {
		s.missing = ReasonPlaceholder
		return
	}
	res := dob.Scan(t, *o)
	switch res.Reason {
	case "":
		s.cands[0], s.n = res.Date, 1
	case dob.ReasonZeroDate:
		s.missing = ReasonPlaceholder
	case dob.ReasonAmbiguous:
		s.cands[0], s.cands[1], s.n = res.Date, res.Alt, 2
	case dob.ReasonPartial:
		s.cands[0], s.n, s.partial = res.Date, 1, true
		if !res.Alt.IsZero() { // a month name of two months ("lis 1986"): both readings
			s.cands[1], s.n = res.Alt, 2
		}
	default:
		s.invalid = true
	}
}

// trimmed returns s as strings.TrimSpace trims it, and whether s is printable ASCII of at most
// textrule.MaxRunes bytes, the usual date or email: then it is usable (nothing textrule.Check could
// object to), and trimming it removes spaces only (the only whitespace among printable ASCII). When s
// is not plain, trimming may remove control characters (\v, \f, U+0085): ask unusableText about s,
// not about the trimmed text.
func trimmed(s string) (string, bool) {
	if n := len(s); n >= 8 && n <= 16 { // most dates and emails: two words, without a call
		if nonPrintable(textrule.Word8(s, 0))|nonPrintable(textrule.Word8(s, n-8)) != 0 {
			return strings.TrimSpace(s), false
		}
	} else if n > textrule.MaxRunes || !printableASCII(s) {
		return strings.TrimSpace(s), false
	}
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') { // most values have nothing to trim
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		for len(s) > 0 && s[len(s)-1] == ' ' {
			s = s[:len(s)-1]
		}
	}
	return s, true
}

// unusableText returns the reason the untrimmed value s is unusable (invalid UTF-8, a C0 or C1 control
// other than tab, CR and LF, U+FFFD, more than textrule.MaxRunes runes, more than normalize.MaxMarks
// combining marks on one base), or 0 (none): normalization step 1 of the policy, which applies to
// every field. It must see the value before trimming: strings.TrimSpace removes \v, \f and U+0085,
// which make a value unusable.
func unusableText(s string) Reason {
	if len(s) <= textrule.MaxRunes && printableASCII(s) {
		return 0 // the usual date or email: nothing textrule.Check could object to
	}
	if p, _ := textrule.Check(s); p != textrule.OK {
		return problemReasons[p]
	}
	if isASCII(s) {
		return 0 // no combining marks
	}
	// The flood of combining marks is counted where names count it, in normalize's step 1 (in canonical
	// decomposition, invisible characters transparent), so the rule has one home. What textrule.Check
	// let through, normalize rejects only for the marks (or, like a name, for text that would expand
	// past its output limit).
	buf := markBufs.Get().(*[formCap]byte)
	defer markBufs.Put(buf)
	if _, _, err := normalize.AppendName(buf[:0], s); err != nil {
		return unusableReason(err)
	}
	return 0
}

// markBufs holds the output storage of unusableText's normalize call, which it does not keep. Pooled,
// as nameBufs is: the normalizer makes a stack buffer escape.
var markBufs = sync.Pool{New: func() any { return new([formCap]byte) }}

// Word-at-a-time constants: a byte of 0x01 and a byte of 0x80 in each of the eight bytes.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// nonPrintable returns, in the high bit of each byte, whether that byte of w (eight bytes, little
// endian) is outside U+0020–U+007E. A byte below 0x20 sets it in w−0x20…; a byte of 0x7F or above in
// w+1… or in w. A borrow or carry across bytes needs a byte that is already flagged.
func nonPrintable(w uint64) uint64 { return ((w-0x20*ones)&^w | (w + ones) | w) & highs }

// printableASCII reports whether every byte of s is in U+0020–U+007E, eight bytes at a time. Such text
// has no control character, no U+FFFD and is valid UTF-8 with one rune per byte.
func printableASCII(s string) bool {
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 || c > 0x7E {
				return false
			}
		}
		return true
	}
	bad := nonPrintable(textrule.Word8(s, 0)) | nonPrintable(textrule.Word8(s, len(s)-8)) // the tail overlaps
	for i := 8; i+8 < len(s); i += 8 {
		bad |= nonPrintable(textrule.Word8(s, i))
	}
	return bad == 0
}

// equalFoldASCII reports strings.EqualFold(x, y) for printable ASCII x and y, eight bytes at a time:
// for such text it means equal lengths and equal bytes but for the case of ASCII letters.
func equalFoldASCII(x, y string) bool {
	if len(x) != len(y) {
		return false
	}
	if len(x) < 8 {
		for i := 0; i < len(x); i++ {
			if c, d := x[i], y[i]; c != d && (c^d != 0x20 || c|0x20 < 'a' || c|0x20 > 'z') {
				return false
			}
		}
		return true
	}
	ok := foldEqual(textrule.Word8(x, 0), textrule.Word8(y, 0)) && foldEqual(textrule.Word8(x, len(x)-8), textrule.Word8(y, len(y)-8))
	for i := 8; ok && i+8 < len(x); i += 8 {
		ok = foldEqual(textrule.Word8(x, i), textrule.Word8(y, i))
	}
	return ok
}

// foldEqual reports whether the eight printable ASCII bytes of x and y are equal but for the case of
// letters: each differing pair differs in bit 0x20 only, and is a letter (x|0x20 in a–z). Bytes below
// 0x80 add 0x1F or 0x05 without a carry out of the byte.
func foldEqual(x, y uint64) bool {
	d := x ^ y
	if d == 0 {
		return true
	}
	if d&^(0x20*ones) != 0 {
		return false
	}
	lower := x | 0x20*ones
	letter := (lower + (0x80-'a')*ones) &^ (lower + (0x80-'z'-1)*ones) & highs
	return (d<<2)&^letter == 0 // d<<2 moves each differing bit 0x20 to the byte's 0x80
}

// problemReasons maps a textrule.Problem to its reason (textrule.OK to none).
var problemReasons = [...]Reason{
	textrule.OK:          0,
	textrule.InvalidUTF8: ReasonInvalidUTF8,
	textrule.ControlChar: ReasonControlChar,
	textrule.Replacement: ReasonReplacementChar,
	textrule.TooLong:     ReasonTooLong,
}

// isPlaceholderDate reports whether the side's readings include a placeholder date.
func (s *dateSide) isPlaceholderDate() bool {
	for _, c := range s.cands[:s.n] {
		if uint(c.Day) >= 32 || placeholderDays&(1<<c.Day) == 0 {
			continue
		}
		for _, p := range placeholderDates {
			if c == p {
				return true
			}
		}
	}
	return false
}

// compareDOB compares two dates of birth (see the package documentation) into res.
func compareDOB(a, b *dateSide, res *FieldResult) {
	if a.isPlaceholderDate() || b.isPlaceholderDate() ||
		a.missing == ReasonPlaceholder || b.missing == ReasonPlaceholder {
		res.Flags = res.Flags.With(FlagPlaceholderDOB)
	}
	switch {
	case a.unusable != 0 || b.unusable != 0:
		res.Status = StatusUnusable
		res.Reasons = res.Reasons.withSides(a.unusable, b.unusable)
		return
	case a.missing != 0 || b.missing != 0:
		res.Status = StatusMissing
		res.Reasons = res.Reasons.withSides(a.missing, b.missing)
		return
	case a.invalid || b.invalid:
		res.Status = StatusMismatch
		res.Reasons = res.Reasons.With(ReasonInvalidDate)
		res.MerchantDate, res.ProviderDate = a.shown(), b.shown()
		return
	case a.partial || b.partial:
		comparePartial(a, b, res)
		return
	}
	for i := range a.n {
		for j := range b.n {
			if a.cands[i] == b.cands[j] && sameOrder(a, b, i, j) {
				res.Status = StatusMatch
				res.MerchantDate, res.ProviderDate = a.cands[i], b.cands[j]
				switch {
				case a.raw == b.raw:
					res.Reasons = res.Reasons.With(ReasonExact)
				default:
					res.Reasons = res.Reasons.With(ReasonReformatted)
				}
				if a.n == 2 || b.n == 2 {
					res.Reasons = res.Reasons.With(ReasonAmbiguousOrder)
				}
				return
			}
		}
	}
	res.Status = StatusMismatch
	// A side with two readings has no date to show, also when two readings differ by day and month
	// exchanged: which reading was meant is unknown, so a message shows the text as written rather than
	// a reading chosen for the customer. Showing the swapped readings would show 04/05/1986 vs
	// 05/04/1986 month-first, and a day-first customer would read the provider's date under the
	// merchant's label and the merchant's under the provider's.
	res.MerchantDate, res.ProviderDate = a.shown(), b.shown()
	if a.n == 2 || b.n == 2 {
		res.Reasons = res.Reasons.With(ReasonAmbiguousOrder)
	}
	if daysMonthsSwapped(a, b) {
		res.Reasons = res.Reasons.With(ReasonDayMonthSwapped)
		return
	}
	res.Reasons = res.Reasons.With(ReasonDifferent)
}

// daysMonthsSwapped reports whether the dates of two sides that do not match differ by day and month
// exchanged: some reading of a and reading of b that sameOrder pairs are the same date but for day and
// month. Not so when a pair of readings that sameOrder keeps apart is equal and a side's two readings
// are a month name's two months ("5 lis 1986" vs 11/05/1986, "lis" read as November and 11/05
// month-first): the paired readings that look swapped (November 5 and May 11) are then that equal
// pair's mirror, and the dates may well be one. Between two ambiguous numeric dates it is so (POLICY
// §3: 04/05/1986 vs 05/04/1986 is day-month-swapped, although crossed readings are equal).
func daysMonthsSwapped(a, b *dateSide) bool {
	if a.n == 2 && b.n == 2 && !(a.byOrder() && b.byOrder()) {
		for _, x := range a.cands {
			for _, y := range b.cands {
				if x == y {
					return false
				}
			}
		}
	}
	for i := range a.n {
		for j := range b.n {
			x, y := a.cands[i], b.cands[j]
			if sameOrder(a, b, i, j) && x.Year == y.Year && int(x.Month) == y.Day && x.Day == int(y.Month) {
				return true
			}
		}
	}
	return false
}

// sameOrder reports whether reading i of a and reading j of b may be paired: when both sides are
// ambiguous numeric dates they are read in the same order (both month-first or both day-first), because a
// record pair comes from one convention; 04/05/1986 and 05/04/1986 never meet through crossed readings.
// A full date whose month name means two months ("5 lis 1986": 5 October or 5 November) has two
// readings too, the lower month first, and is paired by position in the same way: against an
// ambiguous numeric date its lower month with the month-first reading, against another such month
// name the lower months together.
func sameOrder(a, b *dateSide, i, j int) bool {
	return a.n != 2 || b.n != 2 || i == j
}

// byOrder reports whether the side's two readings are the month-first and day-first readings of one
// numeric date (04/05/1986: April 5 and May 4, day and month exchanged), not the two months of a month
// name ("5 lis 1986": October 5 and November 5, the same day). Partial dates are never byOrder.
func (s *dateSide) byOrder() bool {
	return s.n == 2 && !s.partial && s.cands[0].Day != s.cands[1].Day
}

// shown is the date a message can show for the side: its one reading (a full or partial date), or zero
// when it has none or two (ambiguous order).
func (s *dateSide) shown() dob.Date {
	if s.n != 1 {
		return dob.Date{}
	}
	return s.cands[0]
}

// comparePartial compares when at least one side is a partial date: at the precision both sides have.
func comparePartial(a, b *dateSide, res *FieldResult) {
	res.MerchantDate, res.ProviderDate = a.shown(), b.shown()
	res.Reasons = res.Reasons.With(ReasonPartial)
	// The readings of each side at its precision: a partial side has one, or two when its month name
	// means two months ("lis 1986": October or November); a full side one or two. The sides agree
	// when some pair of readings does.
	agree := false
	for _, x := range a.cands[:a.n] {
		for _, y := range b.cands[:b.n] {
			if x.Year == y.Year && (x.Month == 0 || y.Month == 0 || x.Month == y.Month) {
				agree = true
			}
		}
	}
	if agree {
		res.Status = StatusPartial
		return
	}
	res.Status = StatusMismatch
	res.Reasons = res.Reasons.With(ReasonDifferent)
}
