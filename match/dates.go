package match

import (
	"strings"
	"unicode/utf8"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/normalize"
)

// placeholderDates are dates of birth that CRMs use for "unknown"; they are compared but flagged.
var placeholderDates = [...]dob.Date{{Year: 1900, Month: 1, Day: 1}, {Year: 1970, Month: 1, Day: 1}}

// placeholderValues are DOB and email texts that mean "no value" (compared case-insensitively after
// trimming): POLICY §1.8's placeholders and zero dates.
var placeholderValues = [...]string{"n/a", "na", "null", "none", "unknown", "xxx", "-", ".", "0000-00-00", "00.00.0000", "00/00/0000"}

// dateSide is one side's parsed date of birth.
type dateSide struct {
	raw      string
	res      dob.Result
	cands    [2]dob.Date // the readings: one, two when ambiguous; a partial date has Day 0
	n        int         // number of readings
	partial  bool        // the one reading is a partial date (Year, maybe Month)
	invalid  bool
	missing  Reason // ReasonEmpty or ReasonPlaceholder when the value is missing, else 0 (none)
	unusable Reason // the reason the text itself is unusable, else 0 (none)
}

// parseSide parses raw under o.
func parseSide(s *dateSide, raw string, o dob.Options) {
	s.raw = raw
	t := strings.TrimSpace(raw)
	if t == "" {
		s.missing = ReasonEmpty
		return
	}
	if s.unusable = unusableText(t); s.unusable != 0 {
		return
	}
	if isPlaceholderText(t) {
		s.missing = ReasonPlaceholder
		return
	}
	s.res = dob.Scan(t, o)
	switch s.res.Reason {
	case "":
		s.cands[0], s.n = s.res.Date, 1
	case dob.ReasonAmbiguous:
		s.cands[0], s.cands[1], s.n = s.res.Date, s.res.Alt, 2
	case dob.ReasonPartial:
		s.cands[0], s.n, s.partial = s.res.Date, 1, true
	default:
		s.invalid = true
	}
}

// isPlaceholderText reports whether trimmed text t is a placeholder for "no value" (n/a, null, -, a
// zero date, …), compared case-insensitively.
func isPlaceholderText(t string) bool {
	// Placeholders are words, punctuation or zero dates: a value starting with 1-9 is none of them.
	if c := t[0]; c >= '1' && c <= '9' {
		return false
	}
	for _, p := range placeholderValues {
		if strings.EqualFold(t, p) {
			return true
		}
	}
	return false
}

// unusableText returns the reason t is unusable text (invalid UTF-8, a C0 or C1 control other than tab,
// CR and LF, more than normalize.MaxRunes runes), or 0, in one pass.
func unusableText(t string) Reason {
	if len(t) > 4*normalize.MaxRunes {
		return ReasonTooLong
	}
	n := 0
	for i := 0; i < len(t); n++ {
		c := t[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f {
				return ReasonControlChar
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return ReasonInvalidUTF8
		case r >= 0x80 && r <= 0x9f:
			return ReasonControlChar
		}
		i += size
	}
	if n > normalize.MaxRunes {
		return ReasonTooLong
	}
	return 0
}

// isPlaceholderDate reports whether the side's readings include a placeholder date.
func (s *dateSide) isPlaceholderDate() bool {
	for _, c := range s.cands[:s.n] {
		for _, p := range placeholderDates {
			if c == p {
				return true
			}
		}
	}
	return false
}

// compareDOB compares two dates of birth (POLICY §3) into res.
func compareDOB(a, b *dateSide, res *FieldResult) {
	if a.isPlaceholderDate() || b.isPlaceholderDate() {
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
			if a.cands[i] == b.cands[j] {
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
	// An ambiguous side has no date to show: which reading was meant is unknown, so a message shows
	// the text as written rather than a reading chosen for the customer.
	res.MerchantDate, res.ProviderDate = a.shown(), b.shown()
	if a.n == 2 || b.n == 2 {
		res.Reasons = res.Reasons.With(ReasonAmbiguousOrder)
	}
	for i := range a.n {
		for j := range b.n {
			x, y := a.cands[i], b.cands[j]
			if x.Year == y.Year && int(x.Month) == y.Day && x.Day == int(y.Month) {
				res.Reasons = res.Reasons.With(ReasonDayMonthSwapped)
				res.MerchantDate, res.ProviderDate = x, y
				return
			}
		}
	}
	res.Reasons = res.Reasons.With(ReasonDifferent)
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
	// The readings of each side at its precision: a partial side has one, a full side one or two.
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
