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
// letters are fields, text in single quotes is literal ('' is a quote),
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
