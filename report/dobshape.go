package report

import (
	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
)

// Shape is the written form of a date of birth, as far as it can be told from its characters alone. It
// says how a value was written, not whether it is a valid date (the verdict's DOB field says that).
type Shape uint8

// The shapes. Their names (Shape.String) are stable and appear in the report.
const (
	ShapeEmpty     Shape = iota // nothing but spaces
	ShapeISO                    // 1986-04-05 (year first, dashes), also with a time part
	ShapeYearFirst              // 1986/04/05, 1986.04.05, 1986 04 05
	ShapeCompact                // 19860405
	ShapeDotted                 // 05.04.1986, 5.4.86 (day or month first)
	ShapeSlashed                // 05/04/1986, 5/4/86
	ShapeDashed                 // 05-04-1986
	ShapeSpaced                 // 05 04 1986
	ShapeMonthName              // a month written in letters, a CLDR month name of dob.Locales(): 5 April 1986, Apr 5, 1986
	ShapePartial                // a year alone or a year and a month in digits: 1986, 04/1986, 1986-04
	ShapeOther                  // anything else: text, other digits, other separators, trailing text
	NumShapes                   // the number of shapes
)

var shapeNames = [NumShapes]string{"empty", "iso", "year-first", "compact", "dotted", "slashed", "dashed",
	"spaced", "month-name", "partial", "other"}

var shapeLabels = [NumShapes]string{"empty", "ISO YYYY-MM-DD", "year first YYYY/MM/DD", "compact YYYYMMDD",
	"dotted DD.MM.YYYY", "slashed DD/MM/YYYY", "dashed DD-MM-YYYY", "spaced DD MM YYYY",
	"month in letters", "partial YYYY, MM/YYYY", "other or unrecognised"}

// String returns the shape's stable name, such as "dotted" or "month-name".
func (s Shape) String() string {
	if s < NumShapes {
		return shapeNames[s]
	}
	return "Shape(?)"
}

// Label returns a human label with the shape's pattern (DD.MM.YYYY: the day or month may come first).
func (s Shape) Label() string {
	if s < NumShapes {
		return shapeLabels[s]
	}
	return s.String()
}

// DayMonth reports whether the shape is a numeric date whose first two fields are a day and a month in
// an order the text does not say (dotted, slashed, dashed, spaced).
func (s Shape) DayMonth() bool { return s >= ShapeDotted && s <= ShapeSpaced }

// DOBShape is what ClassifyDOB tells about one written date of birth.
type DOBShape struct {
	Shape Shape
	// First and Second are the first two numbers of a day/month-first numeric date (Shape.DayMonth), 0
	// otherwise. Which of them is the day is what the date order decides.
	First, Second int
	// TwoDigitYear reports a two-digit year in a day/month-first numeric date.
	TwoDigitYear bool
	// WithTime reports a time part after a full numeric date (2020-09-28 22:05:51).
	WithTime bool
}

// Order is the evidence a DOBShape gives about the day/month order.
type Order uint8

// The orders a date's numbers can show.
const (
	OrderNone       Order = iota // not a day/month-first numeric date
	OrderDayFirst                // the first number is 13-31 and a day of the second as a month: day first
	OrderMonthFirst              // the second number is 13-31 and a day of the first as a month: month first
	OrderAmbiguous               // both numbers are 1-12 and differ: as written it reads both ways
	OrderSame                    // both numbers are equal (05/05/1986): the order does not matter
	OrderImpossible              // no reading is a date: both numbers above 12, one 0 or above 31, or 31/04 (April has 30 days)
)

// monthDays is the most days each month (1-12) can have, 29 for February.
var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

var orderNames = [...]string{"none", "day-first", "month-first", "ambiguous", "same", "impossible"}

// String returns the order's stable name, such as "day-first" or "ambiguous".
func (o Order) String() string {
	if int(o) < len(orderNames) {
		return orderNames[o]
	}
	return "Order(?)"
}

// Order returns the evidence about the day/month order that the date's first two numbers give.
func (d DOBShape) Order() Order {
	if !d.Shape.DayMonth() {
		return OrderNone
	}
	a, b := d.First, d.Second
	switch {
	case a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12):
		return OrderImpossible
	case a == b:
		return OrderSame
	case a > 12 && a > monthDays[b], b > 12 && b > monthDays[a]:
		return OrderImpossible // 31/04/1986, 04/31/1986: no April 31st either way
	case a > 12:
		return OrderDayFirst
	case b > 12:
		return OrderMonthFirst
	}
	return OrderAmbiguous
}

// ClassifyDOB tells the shape of a date of birth as written, from its bytes alone: it does not parse
// the date (package dob does), allocates nothing and is safe for concurrent use. Leading and trailing
// ASCII spaces and tabs are ignored. Only ASCII digits count as digits here; a date in other digits is
// ShapeOther.
func ClassifyDOB(s string) (d DOBShape) {
	d.Shape = classifyDOB(&d, s)
	return d
}

// classifyDOB returns the shape of s and sets the other fields of *d, which must be zero, where they are
// not zero. ClassifyDOB, which the compiler inlines, passes its result: a DOBShape, with five fields,
// always lives in memory, and a function that returns one needs a stack frame to build it in.
//
// The ten-byte numeric dates that make up almost all real input are read by fastDate. Everything else
// goes to the general scanner below, which is the authority. The general scanner ignores leading
// spaces and tabs, while the fast path strips only spaces, so a text with a tab put before it gets the
// general scanner's answer: that is how TestClassifyDOBFast and FuzzClassifyDOB check that the fast
// path agrees with it.
func classifyDOB(d *DOBShape, s string) Shape {
	if i, n := fastDate(s); i >= 0 {
		sh := slotShape[i/dateKeys]
		if sh != ShapeISO {
			a, b := fastNumbers(n)
			d.First, d.Second = int(a), int(b)
		}
		return sh
	}
	// The general scanner. Without its surrounding spaces, the text is up to three runs of digits, of
	// n0, n1 and n2 digits, each but the last followed by one separator, and then the rest r.
	for s != "" && isSpace(s[0]) {
		s = s[1:]
	}
	for s != "" && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if s == "" {
		return ShapeEmpty
	}
	v0, n0, r := digitRun(s)
	var v1, n1, n2 int
	var sep0 byte
	sameSep := false
	if n0 > 0 && r != "" && isNumSep(r[0]) {
		sep0 = r[0]
		if v1, n1, r = digitRun(r[1:]); n1 > 0 && r != "" && isNumSep(r[0]) {
			sameSep = r[0] == sep0
			_, n2, r = digitRun(r[1:])
		}
	}
	if n2 == 0 {
		// Fewer than three numbers.
		switch {
		case r != "":
			// The text has a digit if it starts with one; else it is all rest.
			if hasLetter(r) && (n0 > 0 || hasDigit(r)) && dob.MonthLanguages(s) != 0 {
				return ShapeMonthName // a month name CLDR knows: not just any letters (19860405T000000Z)
			}
			return ShapeOther
		case n1 == 0 && n0 == 8:
			return ShapeCompact
		case n0 == 4 && n1 <= 2, n0 <= 2 && n1 == 4: // 1986, 1986-04, 04/1986
			return ShapePartial
		}
		return ShapeOther
	}
	// Three numbers.
	withTime := false
	switch {
	case r == "":
	case (r[0] == 'T' || r[0] == ' ') && len(r) > 1 && isDigit(r[1]):
		withTime = true
	default:
		return ShapeOther
	}
	if !sameSep {
		return ShapeOther
	}
	if n0 == 4 && n1 <= 2 && n2 <= 2 {
		d.WithTime = withTime
		return yearFirstShape[sep0]
	}
	if n0 > 2 || n1 > 2 || (n2 != 2 && n2 != 4) {
		return ShapeOther
	}
	d.First, d.Second, d.TwoDigitYear, d.WithTime = v0, v1, n2 == 2, withTime
	return dayMonthShape[sep0]
}

// fastDate is the fast path of classifyDOB and of the report's date counters: for a ten-byte numeric
// date (1986-04-05, 05.04.1986, 04/05/1986, and the day/month-first ones with any of the separators
// . / - and space), also with spaces around it, its date counter i (dateIndex of its DOBShape: its
// shape, which is its slot, and for a day/month-first one its Order) and, for a day/month-first one,
// a word n that holds its two numbers (fastNumbers); i is -1 for any other text. It reads the text a
// word at a time and calls nothing, so it needs no stack frame: the report's add calls it for both
// dates of every row, and a counter straight from here saves a call and a second dispatch on the
// shape per date.
//
//go:noinline
func fastDate(s string) (i int, n uint64) {
	for len(s) != fastLen {
		// A date with spaces around it, as some exports write it, is read too. Only spaces: a text
		// after a tab always goes to the general scanner, which the tests rely on.
		if s == "" || s[0] != ' ' && s[len(s)-1] != ' ' {
			return -1, 0
		}
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		for s != "" && s[len(s)-1] == ' ' {
			s = s[:len(s)-1]
		}
	}
	// w holds bytes 0-7, and y bytes 8 and 9 XORed with '0', which takes a digit to its value. XOR with
	// a shape's pattern takes each of bytes 0-7 of a date in that shape to 0-9 at a digit (its value)
	// and to 0 at a separator; fits checks that, and that y holds two digits.
	w, y := textrule.Word8(s, 0), (uint64(s[8])|uint64(s[9])<<8)^0x3030
	if s[4] == '-' {
		if fits(w^isoPattern, isoRange, y) { // YYYY-MM-DD
			return int(ShapeISO) * dateKeys, 0
		}
	} else if sep := &dayMonthSeps[s[2]]; fits(w^sep.pattern, dayMonthRange, y) {
		// DD?MM?YYYY with a separator of dayMonthShape twice. The bytes of w^sep.pattern are 0-9 (0 at
		// the separators): times 0xA01 (plus ten times itself one byte up), byte k is its byte k plus
		// ten times byte k-1, at most 99, so nothing carries. Bytes 1 and 4 hold the first and second
		// number, 0-99.
		n = (w ^ sep.pattern) * 0xA01
		first, second := fastNumbers(n)
		return int(sep.shape)*dateKeys + int(dayMonthOrder[first&127][second&127])*4, n
	}
	return -1, 0
}

// fastNumbers returns the first and second number of a day/month-first date from fastDate's word.
func fastNumbers(n uint64) (first, second uint8) { return uint8(n >> 8), uint8(n >> 32) }

// fastLen is the length of the texts fastDate reads.
const fastLen = 10

// The patterns and ranges of the fast path, for bytes 0-7 of a ten-byte text: words of eight bytes,
// byte k in bits 8k to 8k+7. A range has 0x76 where the byte must be 0-9 and 0x7F where it must be 0
// (see fits).
const (
	isoPattern    = 0x2D30302D30303030 // "0000-00-", of YYYY-MM-DD
	isoRange      = 0x7F76767F76767676
	dayMonthRange = 0x76767F76767F7676 // of DD.MM.YYYY, whose pattern is in dayMonthSeps
)

// fits reports whether every byte of v is 0-9 where that byte of k is 0x76 and 0 where it is 0x7F, and
// whether the two bytes of y are 0-9. Adding the byte of k (0x76 for y) takes a byte above its range
// and below 0x80 to 0x80-0xFE, its high bit set; a byte of 0x80 or more has its high bit set already,
// and may carry into the next byte. So when every byte is in its range nothing carries and no high bit
// is set; otherwise the lowest byte out of its range has no carry in and leaves a high bit set.
func fits(v, k, y uint64) bool {
	return ((v+k)|v|(y+0x7676)|y)&0x8080808080808080 == 0
}

// dayMonthShape is the shape of a day/month-first numeric date by its separator, and yearFirstShape that
// of a year-first one; ShapeEmpty for a byte that does not separate the numbers of a date.
var (
	dayMonthShape  = [256]Shape{'.': ShapeDotted, '/': ShapeSlashed, '-': ShapeDashed, ' ': ShapeSpaced}
	yearFirstShape = [256]Shape{'.': ShapeYearFirst, '/': ShapeYearFirst, '-': ShapeISO, ' ': ShapeYearFirst}
)

// dayMonthSeps holds, by the byte at index 2 of a ten-byte text, the pattern of bytes 0-7 of a
// day/month-first date with that separator ("00.00.00") and its shape; for a byte that is no such
// separator, a pattern whose byte 2 differs from it, so that no text fits dayMonthRange with it.
var dayMonthSeps = func() (p [256]struct {
	pattern uint64
	shape   Shape
}) {
	for c := range p {
		if sh := dayMonthShape[c]; sh != ShapeEmpty {
			p[c].pattern = 0x3030303030303030 ^ uint64(c^'0')<<16 ^ uint64(c^'0')<<40
			p[c].shape = sh
		} else {
			p[c].pattern = uint64(^byte(c)) << 16
		}
	}
	return p
}()

// isSpace reports whether c is a space or a tab, which ClassifyDOB ignores around a date.
func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isNumSep reports whether c separates the numbers of a numeric date: / . - or a space.
func isNumSep(c byte) bool { return dayMonthShape[c] != ShapeEmpty }

// digitRun reads the run of ASCII digits at the start of s: its value (which wraps around past 18
// digits: only that of one or two digits is used), its length, and the rest of s.
func digitRun(s string) (v, n int, rest string) {
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return v, i, s[i:]
		}
		v = v*10 + int(c)
	}
	return v, len(s), ""
}

// hasLetter reports whether s has an ASCII letter or any non-ASCII byte (a letter of another alphabet,
// an accented month name).
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if (c >= 'a' && c <= 'z') || s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}
