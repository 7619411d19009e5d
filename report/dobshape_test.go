package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClassifyDOB(t *testing.T) {
	tests := []struct {
		in    string
		want  DOBShape
		order Order
	}{
		{"", DOBShape{Shape: ShapeEmpty}, OrderNone},
		{"   ", DOBShape{Shape: ShapeEmpty}, OrderNone},
		{"1986-04-05", DOBShape{Shape: ShapeISO}, OrderNone},
		{" 1986-4-5 ", DOBShape{Shape: ShapeISO}, OrderNone},
		{"2020-09-28 22:05:51", DOBShape{Shape: ShapeISO, WithTime: true}, OrderNone},
		{"2020-09-28T22:05:51Z", DOBShape{Shape: ShapeISO, WithTime: true}, OrderNone},
		{"1986/04/05", DOBShape{Shape: ShapeYearFirst}, OrderNone},
		{"1986.04.05", DOBShape{Shape: ShapeYearFirst}, OrderNone},
		{"19860405", DOBShape{Shape: ShapeCompact}, OrderNone},
		{"05.04.1986", DOBShape{Shape: ShapeDotted, First: 5, Second: 4}, OrderAmbiguous},
		{"25.04.1986", DOBShape{Shape: ShapeDotted, First: 25, Second: 4}, OrderDayFirst},
		{"5.4.86", DOBShape{Shape: ShapeDotted, First: 5, Second: 4, TwoDigitYear: true}, OrderAmbiguous},
		{"04/25/1986", DOBShape{Shape: ShapeSlashed, First: 4, Second: 25}, OrderMonthFirst},
		{"05/05/1986", DOBShape{Shape: ShapeSlashed, First: 5, Second: 5}, OrderSame},
		{"25/25/1986", DOBShape{Shape: ShapeSlashed, First: 25, Second: 25}, OrderImpossible},
		{"00/05/1986", DOBShape{Shape: ShapeSlashed, First: 0, Second: 5}, OrderImpossible},
		{"05-04-1986", DOBShape{Shape: ShapeDashed, First: 5, Second: 4}, OrderAmbiguous},
		{"5 4 1986", DOBShape{Shape: ShapeSpaced, First: 5, Second: 4}, OrderAmbiguous},
		{"5 April 1986", DOBShape{Shape: ShapeMonthName}, OrderNone},
		{"April 5, 1986", DOBShape{Shape: ShapeMonthName}, OrderNone},
		{"5. April 1986", DOBShape{Shape: ShapeMonthName}, OrderNone},
		{"12. März 1964", DOBShape{Shape: ShapeMonthName}, OrderNone},
		{"05-Apr-1986", DOBShape{Shape: ShapeMonthName}, OrderNone},
		{"1986-Apr-05", DOBShape{Shape: ShapeMonthName}, OrderNone},
		{"Saturday, 5 April 1986", DOBShape{Shape: ShapeMonthName}, OrderNone},
		{"19860405T000000Z", DOBShape{Shape: ShapeOther}, OrderNone}, // letters, but no month name
		{"Sat 05/04/1986", DOBShape{Shape: ShapeOther}, OrderNone},
		{"05 Xyz 1986", DOBShape{Shape: ShapeOther}, OrderNone},
		{"1986", DOBShape{Shape: ShapePartial}, OrderNone},
		{"04/1986", DOBShape{Shape: ShapePartial}, OrderNone},
		{"1986-04", DOBShape{Shape: ShapePartial}, OrderNone},
		{"n/a", DOBShape{Shape: ShapeOther}, OrderNone},
		{"unknown", DOBShape{Shape: ShapeOther}, OrderNone},
		{"05/04-1986", DOBShape{Shape: ShapeOther}, OrderNone},
		{"05/04/1986/", DOBShape{Shape: ShapeOther}, OrderNone},
		{"123/04/1986", DOBShape{Shape: ShapeOther}, OrderNone},
		{"05/04/198", DOBShape{Shape: ShapeOther}, OrderNone},
		{"86-04-05", DOBShape{Shape: ShapeDashed, First: 86, Second: 4, TwoDigitYear: true}, OrderImpossible}, // 86 is no day: invalid under every order (package dob)
		{"31/01/1990", DOBShape{Shape: ShapeSlashed, First: 31, Second: 1}, OrderDayFirst},
		{"40/01/1990", DOBShape{Shape: ShapeSlashed, First: 40, Second: 1}, OrderImpossible}, // no day: no evidence for day first
		{"01.32.1990", DOBShape{Shape: ShapeDotted, First: 1, Second: 32}, OrderImpossible},
		{"１９８６-０４-０５", DOBShape{Shape: ShapeOther}, OrderNone},
		{"1234567", DOBShape{Shape: ShapeOther}, OrderNone},
		{"99999999999999999999/1/1986", DOBShape{Shape: ShapeOther}, OrderNone},
		{"\xff\xfe", DOBShape{Shape: ShapeOther}, OrderNone},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ClassifyDOB(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.order, got.Order())
		})
	}
}

// FuzzClassifyDOB checks ClassifyDOB's invariants, and that its fast path, its general scanner and
// referenceClassifyDOB agree: on the text, and on the ten-byte texts made of it laid over dates in the
// two shapes of the fast path (so that the fuzzer reaches it from any text); that dobIndex, the date
// counter read straight from the text, is dateIndex of ClassifyDOB; and that a text slowDate does not
// ask package dob about is one no declared order reads otherwise than auto (checkOrderSkip).
func FuzzClassifyDOB(f *testing.F) {
	for _, s := range []string{"1986-04-05", "05/04/86", "5 April 1986", "", "1986", "2020-09-28T22:05",
		"05.04.1986", "04/05/1986", "05-04-1986", "05 04 1986", "1986/04/05", " 1986-04-05", "05.04.1986 ",
		"05.04/1986", "1986-04:05", "\xff5.04.1986", "  05.04.1986 ", "\t1986-04-05", " 5.4.86 ",
		"4/25/1990, 12:00:00 AM", "Sat 05/04/1986", "5. 4. 1986", "٠٥/٠٤/١٩٨٦", "Mar 01/04/1986", "20041990"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := ClassifyDOB(s)
		if d.Shape >= NumShapes {
			t.Fatalf("shape %d out of range", d.Shape)
		}
		if !d.Shape.DayMonth() && (d.First != 0 || d.Second != 0 || d.Order() != OrderNone) {
			t.Fatalf("numbers or order on a %s date", d.Shape)
		}
		if err := checkOrderSkip(s); err != "" {
			t.Fatal(err)
		}
		texts := []string{s}
		for _, date := range []string{"1986-04-05", "05.04.1986"} {
			b := []byte(date)
			copy(b, s)
			texts = append(texts, string(b))
			if len(s) < len(b) {
				copy(b, date)
				copy(b[len(b)-len(s):], s)
				texts = append(texts, string(b))
			}
		}
		for _, s := range texts {
			if got, general, ref := ClassifyDOB(s), classifyGeneral(s), referenceClassifyDOB(s); got != general || general != ref {
				t.Fatalf("%q: ClassifyDOB %+v, general scanner %+v, reference %+v", s, got, general, ref)
			}
			if got, want := dobIndex(s), dateIndex(ClassifyDOB(s)); got != want {
				t.Fatalf("%q: dobIndex %d, dateIndex(ClassifyDOB) %d", s, got, want)
			}
		}
	})
}
