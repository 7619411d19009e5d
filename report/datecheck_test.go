package report

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOrderChanges: which dates of birth --date-order mdy and dmy read otherwise than auto, by package
// dob's own reading: numeric dates dob reads but ClassifyDOB files as other (a time after a comma, a
// weekday in front, spaced dots, other digits), a weekday that is also a month name, compact DDMMYYYY.
func TestOrderChanges(t *testing.T) {
	tests := []struct {
		in       string
		shape    Shape
		mdy, dmy bool
	}{
		{"4/25/1990, 12:00:00 AM", ShapeOther, false, true}, // JavaScript en-US: month first, invalid under dmy
		{"4/5/1990, 12:00:00 AM", ShapeOther, true, true},   // two candidates under auto, one under each order
		{"Sat 05/04/1986", ShapeOther, true, false},         // the weekday picks 5 April: mdy makes it invalid
		{"5. 4. 1986", ShapeOther, true, false},             // dotted: day first under auto and dmy
		{"05. 04. 1986.", ShapeOther, true, false},
		{"٠٥/٠٤/١٩٨٦", ShapeOther, true, true}, // Arabic-Indic digits: two candidates under auto
		{"１２/２５/１９８６", ShapeOther, false, true},
		{"Mar 01/04/1986", ShapeMonthName, true, false}, // Spanish mar(tes): 1 April 1986 was a Tuesday
		{"20041990", ShapeCompact, false, true},         // no YYYYMMDD; DDMMYYYY under dmy
		{"19860405", ShapeCompact, false, false},
		{"19900231", ShapeCompact, false, false}, // no date whichever way
		{"1986-04-05", ShapeISO, false, false},
		{"5 April 1986", ShapeMonthName, false, false},
		{"April 5, 1986 10:30", ShapeMonthName, false, false},
		{"n/a", ShapeOther, false, false},
		{"05/04/1986x", ShapeOther, false, false},
		{"1986", ShapePartial, false, false},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.in, "/", "|"), func(t *testing.T) {
			assert.Equal(t, tt.shape, ClassifyDOB(tt.in).Shape)
			mdy, dmy := orderChanges(tt.in, now)
			assert.Equal(t, [2]bool{tt.mdy, tt.dmy}, [2]bool{mdy, dmy}, "orderChanges")
			mdy, dmy = refOrderChanges(tt.in, now)
			assert.Equal(t, [2]bool{tt.mdy, tt.dmy}, [2]bool{mdy, dmy}, "refOrderChanges")
		})
	}
}

// orderTexts are texts around the dates a declared order reads otherwise: the bases of dobInputs, and
// random texts of digits of several scripts, separators (also fullwidth and Unicode dashes and spaces),
// weekday and month words, times, combining and invisible characters.
func orderTexts() []string {
	words := []string{"0", "1", "2", "3", "4", "5", "9", "12", "13", "25", "31", "04", "1986", "1990", "20041990",
		"01041986", "19860405", "86", "١", "٠٥", "١٩٨٦", "۱۲", "०५", "০৪", "１", "０５", "１９８６", "/", ".", "-", " ",
		", ", ". ", "／", "．", "－", "–", "\u00a0", "\u200b", "\u0301", "\t", "T", ":", "12:00:00 AM", "10:30",
		"Sat", "Mar", "mar.", "Di", "Do,", "Dom", "Sa", "Apr", "April", "März", "апреля", "listopada", "年", "月",
		"日", "am", "Uhr", "x", "n/a"}
	var in []string
	in = append(in, dobBases...)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 60000 {
		var b strings.Builder
		for range 1 + rng.IntN(7) {
			b.WriteString(words[rng.IntN(len(words))])
		}
		in = append(in, b.String())
	}
	// Numeric dates in the shapes dob reads, with a word before or after them.
	for _, d := range []string{"01/04/1986", "4/25/1990", "05.04.1986", "5. 4. 1986", "٠٥/٠٤/١٩٨٦", "20041990", "01041986"} {
		for _, w := range words {
			in = append(in, w+" "+d, d+" "+w, w+d, d+w)
		}
	}
	return in
}

// TestOrderPrefilters: the shortcuts slowDate takes before it asks package dob are exact. A text
// mayDependOnOrder rules out, and a compact date compactMayChange rules out, reads the same under
// every order; and no date of the shapes whose order slowDate does not check (empty, ISO, year-first,
// partial) reads otherwise under a declared order. (Day/month-first ones do, and are counted as such.)
func TestOrderPrefilters(t *testing.T) {
	in := append(orderTexts(), dobInputs()...)
	step := 1
	if raceEnabled || testing.Short() {
		step = 13
	}
	fails, changed := 0, 0
	for i := 0; i < len(in); i += step {
		s := in[i]
		mdy, dmy := orderChanges(s, now)
		if mdy || dmy {
			changed++
		}
		if err := checkOrderSkip(s); err != "" {
			t.Error(err)
			if fails++; fails == 20 {
				t.FailNow()
			}
		}
	}
	assert.Greater(t, changed, 100, "texts a declared order reads otherwise")
	t.Logf("%d texts, %d read otherwise under a declared order", len(in)/step, changed)
}

// checkOrderSkip returns what is wrong, if anything, with not asking package dob about s: "" when s is
// a text slowDate asks about, or one that no declared order reads otherwise than auto.
func checkOrderSkip(s string) string {
	sh := ClassifyDOB(s).Shape
	var skip bool
	switch sh {
	case ShapeCompact:
		skip = !compactMayChange(s)
	case ShapeMonthName, ShapeOther:
		skip = !mayDependOnOrder(s)
	case ShapeDotted, ShapeSlashed, ShapeDashed, ShapeSpaced:
	default:
		skip = true
	}
	if mdy, dmy := orderChanges(s, now); skip && (mdy || dmy) {
		return fmt.Sprintf("%q (%s): read otherwise under mdy %v, dmy %v, but slowDate would not ask", s, sh, mdy, dmy)
	}
	return ""
}

// TestShapeSlots: the slot of a shape and the shape of a slot are inverse; the ISO and day/month-first
// shapes, whose date counter dobIndex computes from the shape, are their own slots; and exactly the
// shapes slowDate looks at (month names, compact and other dates) have the slots from firstSlowIndex on.
func TestShapeSlots(t *testing.T) {
	for sh := range NumShapes {
		assert.Equal(t, sh, slotShape[shapeSlot[sh]], "%s", sh)
		if sh == ShapeISO || sh.DayMonth() {
			assert.Equal(t, int(sh), int(shapeSlot[sh]), "%s", sh)
		}
		slow := sh == ShapeMonthName || sh == ShapeCompact || sh == ShapeOther
		assert.Equal(t, slow, int(shapeSlot[sh])*dateKeys >= firstSlowIndex, "%s", sh)
	}
}
