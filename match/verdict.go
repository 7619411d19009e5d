package match

import (
	"fmt"
	"iter"
	"math/bits"
	"strconv"
	"strings"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/translit"
)

// PolicyVersion names the default matching policy that this version of the package implements. Every
// Verdict carries it, so a stored verdict can be traced to the rules that produced it.
const PolicyVersion = "custmatch-policy/2"

// Decision is the outcome of a comparison: what the merchant should do with the payment.
// The zero value is not a decision; Compare always sets one.
type Decision uint8

const (
	// Approve means the records belong to the same customer: capture the payment.
	Approve Decision = iota + 1
	// Decline means at least one deciding field does not match: cancel the payment and tell the customer
	// which field to fix.
	Decline
	// Review means nothing contradicts, but a required name is missing or unusable (or a score fell in the
	// review band): a person should look.
	Review
)

var decisionNames = [...]string{"", "approve", "decline", "review"}

// String returns "approve", "decline" or "review" ("" for the zero value).
func (d Decision) String() string { return enumName(decisionNames[:], d, "decision") }

// MarshalText encodes the decision as its name.
func (d Decision) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses "approve", "decline" or "review".
func (d *Decision) UnmarshalText(b []byte) error {
	return unmarshalEnum(d, decisionNames[:], b, "decision")
}

// unmarshalEnum sets *p to the value named b, or returns an error and leaves *p unchanged.
func unmarshalEnum[T ~uint8](p *T, names []string, b []byte, kind string) error {
	v, err := parseEnum[T](names, string(b), kind)
	if err == nil {
		*p = v
	}
	return err
}

// enumName returns the name of v in names, or "kind(v)" for a value outside the table.
func enumName[T ~uint8](names []string, v T, kind string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return kind + "(" + strconv.Itoa(int(v)) + ")"
}

// parseEnum returns the value whose name in names is name; the empty name (an unset zero value) never
// parses.
func parseEnum[T ~uint8](names []string, name, kind string) (T, error) {
	for i, n := range names {
		if n != "" && n == name {
			return T(i), nil
		}
	}
	return 0, fmt.Errorf("match: unknown %s %q", kind, name)
}

// Field identifies one compared field of a record.
type Field uint8

const (
	FirstName Field = iota // the given name(s), middle names included
	LastName               // the family name(s)
	DOB                    // the date of birth
	Email                  // the email address
)

// NumFields is the number of compared fields; Verdict.Fields is indexed by Field.
const NumFields = 4

var fieldNames = [NumFields]string{"first_name", "last_name", "dob", "email"}

// String returns the field's stable name: "first_name", "last_name", "dob" or "email".
func (f Field) String() string { return enumName(fieldNames[:], f, "field") }

// MarshalText encodes the field as its name.
func (f Field) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText parses a field's name ("first_name", "last_name", "dob" or "email").
func (f *Field) UnmarshalText(b []byte) error { return unmarshalEnum(f, fieldNames[:], b, "field") }

// ParseField returns the field named name ("first_name", "last_name", "dob" or "email").
func ParseField(name string) (Field, error) { return parseEnum[Field](fieldNames[:], name, "field") }

// Status is the outcome of one field's comparison.
type Status uint8

const (
	// StatusMatch: both sides are present and the same (after the policy's tolerances).
	StatusMatch Status = iota + 1
	// StatusMismatch: both sides are present and differ, or a date of birth is invalid.
	StatusMismatch
	// StatusMissing: empty, whitespace-only or a placeholder on at least one side.
	StatusMissing
	// StatusUnusable: text on at least one side is unusable (invalid UTF-8, control characters, too long,
	// a flood of combining marks), so it was not compared.
	StatusUnusable
	// StatusPartial: a date of birth is known only to the year or month on one side, and agrees at that
	// precision. It decides nothing on its own.
	StatusPartial
)

var statusNames = [...]string{"", "match", "mismatch", "missing", "unusable", "partial"}

// String returns the status's stable name ("match", "mismatch", "missing", "unusable", "partial").
func (s Status) String() string { return enumName(statusNames[:], s, "status") }

// MarshalText encodes the status as its name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText parses a status's name.
func (s *Status) UnmarshalText(b []byte) error { return unmarshalEnum(s, statusNames[:], b, "status") }

// Reason is one reason a field matched or failed. Reasons combine in a Reasons bitset.
type Reason uint8

// The reasons. Their names (Reason.String) are stable and appear in JSON and CSV output. The zero Reason
// is none of them (its name is "").
const (
	ReasonExact           Reason = iota + 1 // the raw values are identical
	ReasonCase                              // equal after case folding
	ReasonAccents                           // equal after stripping diacritics
	ReasonSharpS                            // ß/ẞ written as ss
	ReasonLetters                           // æ œ ø ł đ ð þ ı ħ written as their base letters
	ReasonUmlautSpelling                    // ä/ö/ü written as ae/oe/ue on the other side
	ReasonPunctuation                       // apostrophes, hyphens, dots and similar ignored
	ReasonSpacing                           // whitespace differences, or the names equal with spaces removed
	ReasonTitle                             // a title (Dr, Herr, …) or a suffix (Jr, III) was dropped
	ReasonInvisible                         // invisible or bidi control characters were removed
	ReasonCompat                            // compatibility forms folded (fullwidth letters, ligatures)
	ReasonFuzzy                             // similar at or above the threshold, but not equal
	ReasonExtraNames                        // one side has extra names (middle names, second surname)
	ReasonInitials                          // an initial stands for a name on the other side
	ReasonSwapped                           // first and last name are swapped between the records
	ReasonSplit                             // the full name is split differently between first and last name
	ReasonDifferent                         // the values differ beyond the tolerance
	ReasonPrefix                            // one name is only a prefix or truncation of the other
	ReasonInitialsOnly                      // only initials line up with the other side's names
	ReasonReformatted                       // the same date written in another format
	ReasonAmbiguousOrder                    // a date reads two ways (numeric: day-first and month-first; a month name of two months); on a match, one reading agrees
	ReasonDayMonthSwapped                   // the dates differ only by day and month being exchanged
	ReasonInvalidDate                       // a date of birth is impossible, in the future, before 1900 or unparseable
	ReasonPartial                           // a date of birth is known only to the year or month
	ReasonPlaceholder                       // a placeholder value (n/a, null, 1900-01-01, …)
	ReasonEmpty                             // the value is empty or whitespace-only
	ReasonMixedScript                       // a name mixes scripts (Latin with Cyrillic lookalikes, …)
	ReasonInvalidUTF8                       // the text is not valid UTF-8
	ReasonControlChar                       // the text contains control characters
	ReasonTooLong                           // the text is longer than the policy allows
	ReasonTooManyMarks                      // the text has a flood of combining marks
	ReasonReviewBand                        // the score is below the threshold but inside the review band
	ReasonReplacementChar                   // the text holds U+FFFD, the mark of bytes an earlier decoder lost
	ReasonTransliterated                    // compared through a transliteration (Options.Transliterate)
	numReasons
)

var reasonNames = [numReasons]string{
	"", "exact", "case", "accents", "sharp-s", "letters", "umlaut-spelling", "punctuation", "spacing", "title",
	"invisible", "compat", "fuzzy", "extra-names", "initials", "swapped", "split", "different", "prefix",
	"initials-only", "reformatted", "ambiguous-order", "day-month-swapped", "invalid-date", "partial",
	"placeholder", "empty", "mixed-script", "invalid-utf8", "control-char", "too-long", "too-many-marks",
	"review-band", "replacement-char", "transliterated",
}

// String returns the reason's stable name, such as "sharp-s" or "day-month-swapped".
func (r Reason) String() string { return enumName(reasonNames[:], r, "reason") }

// MarshalText encodes the reason as its name.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText parses a reason's name.
func (r *Reason) UnmarshalText(b []byte) error { return unmarshalEnum(r, reasonNames[:], b, "reason") }

// Reasons is a set of Reason values. The zero value is the empty set.
type Reasons uint64

// Has reports whether r is in the set.
func (s Reasons) Has(r Reason) bool { return s&(1<<r) != 0 }

// With returns the set with r added.
func (s Reasons) With(r Reason) Reasons { return s | 1<<r }

// withSides adds the reasons a and b of the two sides of a field, where 0 means "none".
func (s Reasons) withSides(a, b Reason) Reasons {
	for _, r := range [2]Reason{a, b} {
		if r != 0 {
			s = s.With(r)
		}
	}
	return s
}

// len returns the number of reasons in the set.
func (s Reasons) len() int { return bits.OnesCount64(uint64(s)) }

// All yields the reasons in the set in their declaration order, without allocating.
func (s Reasons) All() iter.Seq[Reason] {
	return func(yield func(Reason) bool) {
		for v := uint64(s); v != 0; v &= v - 1 {
			if !yield(Reason(bits.TrailingZeros64(v))) {
				return
			}
		}
	}
}

// String returns the reasons' names joined by commas, e.g. "accents,extra-names".
func (s Reasons) String() string { return s.join(",") }

// join returns the reasons' names joined by sep.
func (s Reasons) join(sep string) string {
	var b strings.Builder
	for r := range s.All() {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(r.String())
	}
	return b.String()
}

// Flag marks something noteworthy about a field that is not itself a reason for the outcome. The zero
// Flag is none of the flags.
type Flag uint8

const (
	// FlagInvisibleRemoved: invisible or bidi control characters were removed from a value.
	FlagInvisibleRemoved Flag = iota + 1
	// FlagMixedScript: a value mixes scripts in one word; it was not mapped to look-alike letters.
	FlagMixedScript
	// FlagPlaceholderDOB: a date of birth is a placeholder: a date CRMs use for "unknown" (1900-01-01,
	// 1970-01-01; compared as usual), or placeholder text or a zero date (n/a, 0000-00-00; missing).
	FlagPlaceholderDOB
	numFlags
)

var flagNames = [numFlags]string{"", "invisible-removed", "mixed-script", "placeholder-dob"}

// String returns the flag's stable name.
func (f Flag) String() string { return enumName(flagNames[:], f, "flag") }

// MarshalText encodes the flag as its name.
func (f Flag) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText parses a flag's name.
func (f *Flag) UnmarshalText(b []byte) error { return unmarshalEnum(f, flagNames[:], b, "flag") }

// Flags is a set of Flag values. The zero value is the empty set.
type Flags uint8

// Has reports whether f is in the set.
func (s Flags) Has(f Flag) bool { return s&(1<<f) != 0 }

// With returns the set with f added.
func (s Flags) With(f Flag) Flags { return s | 1<<f }

// All yields the flags in the set in declaration order.
func (s Flags) All() iter.Seq[Flag] {
	return func(yield func(Flag) bool) {
		for v := uint8(s); v != 0; v &= v - 1 {
			if !yield(Flag(bits.TrailingZeros8(v))) {
				return
			}
		}
	}
}

// String returns the flags' names joined by commas.
func (s Flags) String() string {
	var b strings.Builder
	for f := range s.All() {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.String())
	}
	return b.String()
}

// FieldResult is the outcome of comparing one field. It is a plain value, safe to copy and to share
// between goroutines once Compare has returned it.
type FieldResult struct {
	Field  Field
	Status Status
	// Score is the name similarity in [0, 1] (1 − Levenshtein distance / longer length, on the normalized
	// forms, best of the forms tried), set when Scored is true: for first and last name whenever both sides
	// were compared. It is always the computed similarity, never a bound a shortcut stood in with. When
	// the extra-names rule matched, Score is still the whole-name similarity (it explains why the rule
	// was needed); when the swapped rule matched, both name fields carry the lower of the two crossed
	// scores; when the split rule matched, 1.
	Score  float64
	Scored bool
	// Reasons says why the field matched or failed: the normalization steps that made it equal, or the
	// rule that applied.
	Reasons Reasons
	// Flags marks noteworthy input (invisible characters removed, mixed scripts, placeholder dates).
	Flags Flags
	// Transliteration is the scheme of the transliteration that gave the outcome (with reason
	// transliterated; Options.Transliterate), 0 otherwise. In JSON the reason reads "transliterated:icao".
	Transliteration translit.Scheme
	// Deciding reports whether this field can decide the verdict under the options used (email is
	// informational unless Options.EmailDeciding).
	Deciding bool
	// Merchant and Provider are the raw values as given. They are personal data: see Verdict.Redacted.
	Merchant string
	Provider string
	// MerchantDate and ProviderDate are the parsed dates of birth (DOB field only; zero when a side is
	// missing or invalid). For an ambiguous numeric date it is the reading that agreed with the other
	// side, and zero when neither did (which reading was meant is unknown: show the text as written);
	// for a partial date, Day (and possibly Month) is zero.
	MerchantDate dob.Date
	ProviderDate dob.Date
}

// Verdict is the result of Compare: the decision, the policy version, and one result per field. It is a
// plain value (no pointers but the raw strings), safe to copy and to share between goroutines.
type Verdict struct {
	Decision Decision
	Policy   string
	Fields   [NumFields]FieldResult
}

// Field returns the result for f (a copy: Verdict.Fields[f] is the same value).
func (v Verdict) Field(f Field) FieldResult { return v.Fields[f] }

// Failing lists the fields that caused the decision: for Decline the deciding fields that mismatch, for
// Review the fields that sent it to review, and nil for Approve. Fields come in Field order.
func (v Verdict) Failing() []Field {
	var out []Field
	for f := range v.failing() {
		out = append(out, f)
	}
	return out
}

// failing yields the fields Failing lists, without allocating.
func (v *Verdict) failing() iter.Seq[Field] {
	return func(yield func(Field) bool) {
		for i := range v.Fields {
			r := &v.Fields[i]
			if v.Decision != Approve && r.Effect() == v.Decision && !yield(r.Field) {
				return
			}
		}
	}
}

// Effect returns what the field does to the verdict's decision on its own: Decline for a deciding
// mismatch (outside the review band), Review for a deciding field that sends the verdict to review (a
// missing or unusable name, an unusable date of birth or, when the email decides, email, a name score in
// the review band), else Approve.
// The decision is the strictest effect of the four fields, and Verdict.Failing lists the fields whose
// effect is the decision.
func (r *FieldResult) Effect() Decision {
	if !r.Deciding {
		return Approve
	}
	return effectOf(r.Field, r.Status, r.Reasons)
}

// effectOf is the effect of a deciding field f with status st and reasons rs.
func effectOf(f Field, st Status, rs Reasons) Decision {
	switch {
	case st == StatusMismatch && !rs.Has(ReasonReviewBand):
		return Decline
	case causesReview(f, st, rs):
		return Review
	}
	return Approve
}

// worse returns the stricter of two decisions: Decline over Review over Approve.
func worse(a, b Decision) Decision {
	if strictness[b&3] > strictness[a&3] {
		return b
	}
	return a
}

// strictness orders the decisions for worse (the unset Decision counts as Approve).
var strictness = [4]uint8{Approve: 0, Review: 1, Decline: 2}

// causesReview reports whether field f with status st and reasons rs, on its own, sends a verdict to
// review.
func causesReview(f Field, st Status, rs Reasons) bool {
	switch f {
	case FirstName, LastName:
		return st == StatusMissing || st == StatusUnusable || (st == StatusMismatch && rs.Has(ReasonReviewBand))
	}
	return st == StatusUnusable
}

// Redacted returns a copy of v without the raw values and parsed dates, safe to log.
func (v Verdict) Redacted() Verdict {
	for i := range v.Fields {
		f := &v.Fields[i]
		f.Merchant, f.Provider = "", ""
		f.MerchantDate, f.ProviderDate = dob.Date{}, dob.Date{}
	}
	return v
}

// String returns a one-screen explanation without the raw values (safe for logs), for example:
//
//	decline (policy custmatch-policy/2): first_name
//	  first_name  mismatch  0.27  prefix
//	  last_name   match     1.00  exact
//	  dob         match           exact
//	  email       missing         empty (informational)
func (v Verdict) String() string { return v.Explain(false) }

// Explain returns the explanation String gives; with values true each line also shows both raw values
// (personal data: only for the caller's own output).
func (v Verdict) Explain(values bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (policy %s)", v.Decision, v.Policy)
	first := true
	for f := range v.failing() {
		if first {
			b.WriteString(": ")
			first = false
		} else {
			b.WriteString(", ")
		}
		b.WriteString(f.String())
	}
	b.WriteByte('\n')
	for i := range v.Fields {
		r := &v.Fields[i]
		score := ""
		if r.Scored {
			score = strconv.FormatFloat(r.Score, 'f', 2, 64)
		}
		fmt.Fprintf(&b, "  %-10s  %-8s  %4s  %s", r.Field, r.Status, score, reasonText(r))
		if r.Flags != 0 {
			fmt.Fprintf(&b, " [%s]", r.Flags)
		}
		if !r.Deciding {
			b.WriteString(" (informational)")
		}
		if values {
			fmt.Fprintf(&b, "\n      merchant %q, provider %q", r.Merchant, r.Provider)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
