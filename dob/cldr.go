package dob

//go:generate go run gen.go

// cldrLocale is the CLDR Gregorian-calendar data of one locale, as
// generated into cldr_tables.go. Weekdays run from Sunday.
type cldrLocale struct {
	tag         string
	months      [4][12]string // format-wide, format-abbreviated, stand-alone-wide, stand-alone-abbreviated
	days        [6][7]string  // format and stand-alone: wide, abbreviated, short
	eras        []string      // names of the common era (AD, CE) in every width
	dateFormats [4]string     // full, long, medium, short
	available   []string      // availableFormats with year, month and day
	atTime      []string      // date-time glue: "{1} 'um' {0}"
	timeFormats []string      // time patterns
}

// Indexes into cldrLocale.months and days.
const (
	monthFormatWide = iota
	monthFormatAbbr
	monthStandWide
	monthStandAbbr
)

const (
	dayFormatWide = iota
	dayFormatAbbr
	dayFormatShort
	dayStandWide
	dayStandAbbr
	dayStandShort
)

// patItem is one element of a CLDR date pattern: a field (letter repeated
// n times, e.g. 'M' 4 for MMMM) or literal text (field 0).
type patItem struct {
	field byte
	n     int
	lit   string
}

// parsePattern splits a CLDR date pattern into fields and literals: ASCII
// letters are fields, text in single quotes is literal (” is a quote),
// everything else is literal.
func parsePattern(p string) []patItem {
	var items []patItem
	lit := []byte(nil)
	flush := func() {
		if len(lit) > 0 {
			items = append(items, patItem{lit: string(lit)})
			lit = nil
		}
	}
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\'':
			if i+1 < len(p) && p[i+1] == '\'' {
				lit = append(lit, '\'')
				i += 2
				continue
			}
			j := i + 1
			for j < len(p) {
				if p[j] == '\'' {
					if j+1 < len(p) && p[j+1] == '\'' {
						lit = append(lit, '\'')
						j += 2
						continue
					}
					break
				}
				lit = append(lit, p[j])
				j++
			}
			i = j + 1
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			flush()
			j := i
			for j < len(p) && p[j] == c {
				j++
			}
			items = append(items, patItem{field: c, n: j - i})
			i = j
		default:
			lit = append(lit, c)
			i++
		}
	}
	flush()
	return items
}

// formatPattern writes d, a full date, in the CLDR pattern pat with the
// names of l; standAlone uses the stand-alone month names for MMM/MMMM too.
// It reports false for a field it cannot write (narrow names, eras, times).
func formatPattern(l *cldrLocale, pat string, d Date, standAlone bool) (string, bool) {
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Year < 1 {
		return "", false
	}
	wd := int((epochDay(d.Year, int(d.Month), d.Day)%7 + 7 + 4) % 7)
	var b []byte
	for _, it := range parsePattern(pat) {
		if it.field == 0 {
			b = append(b, it.lit...)
			continue
		}
		n := it.n
		switch it.field {
		case 'y':
			if n == 2 {
				b = pad(b, d.Year%100, 2)
			} else {
				b = pad(b, d.Year, n)
			}
		case 'd':
			b = pad(b, d.Day, n)
		case 'M', 'L':
			ctx := 0
			if it.field == 'L' || standAlone {
				ctx = 2
			}
			switch n {
			case 1, 2:
				b = pad(b, int(d.Month), n)
			case 3:
				b = append(b, l.months[ctx+1][d.Month-1]...)
			case 4:
				b = append(b, l.months[ctx][d.Month-1]...)
			default:
				return "", false
			}
		case 'E', 'c', 'e':
			if (it.field == 'c' || it.field == 'e') && n < 3 {
				return "", false // numeric day of week
			}
			ctx := 0
			if it.field == 'c' {
				ctx = 3
			}
			switch n {
			case 1, 2, 3:
				b = append(b, l.days[ctx+1][wd]...)
			case 4:
				b = append(b, l.days[ctx][wd]...)
			case 6:
				b = append(b, l.days[ctx+2][wd]...)
			default:
				return "", false
			}
		default:
			return "", false
		}
	}
	return string(b), true
}

// localeOrder returns the day/month order of l's numeric dates, from its
// short date pattern: Auto when the year comes first.
func localeOrder(l *cldrLocale) Order {
	var seen []byte
	for _, it := range parsePattern(l.dateFormats[3]) {
		switch it.field {
		case 'y', 'M', 'L', 'd':
			seen = append(seen, it.field)
		}
	}
	switch {
	case len(seen) == 0 || seen[0] == 'y':
		return Auto
	case seen[0] == 'd':
		return DMY
	}
	return MDY
}
