package report

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
	ShapeMonthName              // a month (or weekday) written in letters: 5 April 1986, Apr 5, 1986
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
	OrderDayFirst                // the first number is above 12, the second is not: day first
	OrderMonthFirst              // the second number is above 12, the first is not: month first
	OrderAmbiguous               // both numbers are 1-12 and differ: it reads both ways
	OrderSame                    // both numbers are equal (05/05/1986): the order does not matter
	OrderImpossible              // both numbers are above 12 (or one is 0): no reading is a date
)

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
	case a < 1 || b < 1 || (a > 12 && b > 12):
		return OrderImpossible
	case a == b:
		return OrderSame
	case a > 12:
		return OrderDayFirst
	case b > 12:
		return OrderMonthFirst
	}
	return OrderAmbiguous
}

// ClassifyDOB tells the shape of a date of birth as written, from its bytes alone: it does not parse
// the date (package dob does), allocates nothing and is safe for concurrent use. Leading and trailing
// ASCII spaces are ignored. Only ASCII digits count as digits here; a date in other digits is
// ShapeOther.
func ClassifyDOB(s string) DOBShape {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	if s == "" {
		return DOBShape{Shape: ShapeEmpty}
	}
	if len(s) == 10 {
		// Fast paths for the two commonest shapes: 1986-04-05 and 05.04.1986 (also / - and space).
		if s[4] == '-' && s[7] == '-' && digits(s[:4]) && digits(s[5:7]) && digits(s[8:]) {
			return DOBShape{Shape: ShapeISO}
		}
		if c := s[2]; c == s[5] && digits(s[:2]) && digits(s[3:5]) && digits(s[6:]) {
			d := DOBShape{First: int(s[0]-'0')*10 + int(s[1]-'0'), Second: int(s[3]-'0')*10 + int(s[4]-'0')}
			switch c {
			case '.':
				d.Shape = ShapeDotted
				return d
			case '/':
				d.Shape = ShapeSlashed
				return d
			case '-':
				d.Shape = ShapeDashed
				return d
			case ' ':
				d.Shape = ShapeSpaced
				return d
			}
		}
	}
	var nums [3]struct{ v, digits int }
	var seps [2]byte
	n, k := 0, 0
	for k < len(s) && n < 3 {
		c := s[k]
		if isDigit(c) {
			v, d := 0, 0
			for k < len(s) && isDigit(s[k]) {
				if d < 9 {
					v = v*10 + int(s[k]-'0')
				}
				d++
				k++
			}
			nums[n].v, nums[n].digits = v, d
			n++
			if n == 3 || k == len(s) {
				break
			}
			if c := s[k]; c == '/' || c == '.' || c == '-' || c == ' ' {
				seps[n-1] = c
				k++
				continue
			}
			break
		}
		break
	}
	rest := s[k:]
	if rest != "" && n < 3 {
		if hasLetter(rest) && hasDigit(s) {
			return DOBShape{Shape: ShapeMonthName}
		}
		return DOBShape{Shape: ShapeOther}
	}
	switch n {
	case 1:
		switch nums[0].digits {
		case 8:
			return DOBShape{Shape: ShapeCompact}
		case 4:
			return DOBShape{Shape: ShapePartial}
		}
		return DOBShape{Shape: ShapeOther}
	case 2:
		if (nums[0].digits == 4 && nums[1].digits <= 2) || (nums[0].digits <= 2 && nums[1].digits == 4) {
			return DOBShape{Shape: ShapePartial}
		}
		return DOBShape{Shape: ShapeOther}
	}
	// Three numbers.
	out := DOBShape{}
	switch {
	case rest == "":
	case (rest[0] == 'T' || rest[0] == ' ') && len(rest) > 1 && isDigit(rest[1]):
		out.WithTime = true
	default:
		return DOBShape{Shape: ShapeOther}
	}
	if seps[0] != seps[1] {
		return DOBShape{Shape: ShapeOther}
	}
	if nums[0].digits == 4 && nums[1].digits <= 2 && nums[2].digits <= 2 {
		if seps[0] == '-' {
			out.Shape = ShapeISO
		} else {
			out.Shape = ShapeYearFirst
		}
		return out
	}
	if nums[0].digits > 2 || nums[1].digits > 2 || (nums[2].digits != 2 && nums[2].digits != 4) {
		return DOBShape{Shape: ShapeOther}
	}
	switch seps[0] {
	case '.':
		out.Shape = ShapeDotted
	case '/':
		out.Shape = ShapeSlashed
	case '-':
		out.Shape = ShapeDashed
	default:
		out.Shape = ShapeSpaced
	}
	out.First, out.Second = nums[0].v, nums[1].v
	out.TwoDigitYear = nums[2].digits == 2
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

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

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// digits reports whether s is all ASCII digits.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
