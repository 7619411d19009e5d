package report

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/custmatch/custmatch/dob"
	"github.com/stretchr/testify/assert"
)

// dobBases are dates of birth in every shape ClassifyDOB tells, and near misses of them: the texts that
// dobInputs varies.
var dobBases = []string{
	"1986-04-05", "05.04.1986", "04/05/1986", "05-04-1986", "05 04 1986", "1986/04/05", "1986.04.05",
	"1986 04 05", "25.12.1986", "12/25/1986", "00.00.0000", "99.99.9999", "0000-00-00", "9999-99-99",
	"19860405", "5.4.86", "05.04.86", "5/4/1986", "1986-4-5", "2020-09-28T22:05", "2020-09-28 22:05:51",
	"5 April 1986", "1986-Apr-05", "1986", "04/1986", "1986-04", "1986-", "05/04/", "n/a", "",
	"19860405/12", "1986/123", "123/1986", "1/1986", "1986.1", "12.12.12.12", "05.04.1986T10",
}

// dobAlphabet holds the bytes that matter to the shapes and to the word checks of the fast path: the
// digits, the separators, the time mark, spaces, letters, and bytes next to '0' and '9' and on both
// sides of 0x80, 0x8A and the separators XOR '0'.
const dobAlphabet = "0123456789./- T\t:,aZ\x00\x0a\x1d\x1e\x1f\x20\x2c\x2f\x3a\x40\x7f\x80\x89\x8a\xb0\xb9\xff"

// dobPairAlphabet is the part of dobAlphabet that dobInputs puts at each pair of places.
const dobPairAlphabet = "09./- T\t:a\x00\x09\x1e\x80\x8a\xff"

// dobInputs returns the texts the differential tests run: every base, and every ten-byte base with its
// bytes (or bytes 0-7) XOR '0' and XOR 0x80, with each byte replaced by every byte value, with each
// pair of bytes replaced by bytes of dobPairAlphabet (ten-byte bases), cut at every length and with
// spaces around it; every ten-byte text of digits with bytes of dobAlphabet at the separator places of
// both fast shapes; and random texts of 0-16 bytes of dobAlphabet.
func dobInputs() []string {
	bases := slices.Clone(dobBases)
	for _, b := range dobBases {
		// The bases with their bytes XOR '0' (digits become 0-9, as the fast path sees them after its
		// own XOR) and XOR 0x80: all of them, and bytes 0-7 (the word the fast path reads).
		if len(b) == fastLen {
			for _, x := range []byte{'0', 0x80} {
				t := []byte(b)
				for i := range t {
					t[i] ^= x
				}
				bases = append(bases, string(t), string(t[:8])+b[8:])
			}
		}
	}
	var in []string
	for _, b := range bases {
		in = append(in, b, " "+b, b+" ", "\t"+b, b+"\t", "  "+b+"  ", b+"0", "0"+b, b+"x")
		for k := range len(b) {
			in = append(in, b[:k], b[k:], b[:k]+" "+b[k:])
			for c := range 256 {
				in = append(in, b[:k]+string([]byte{byte(c)})+b[k+1:])
			}
		}
		if len(b) != fastLen {
			continue
		}
		for i := range len(b) {
			for j := i + 1; j < len(b); j++ {
				for _, ci := range []byte(dobPairAlphabet) {
					for _, cj := range []byte(dobPairAlphabet) {
						t := []byte(b)
						t[i], t[j] = ci, cj
						in = append(in, string(t))
					}
				}
			}
		}
	}
	// Digits around the separator places: bytes 2 and 5 (DD.MM.YYYY) and 4 and 7 (YYYY-MM-DD).
	for _, c2 := range []byte(dobAlphabet) {
		for _, c4 := range []byte(dobAlphabet) {
			for _, c5 := range []byte(dobAlphabet) {
				for _, c7 := range []byte(dobAlphabet) {
					t := []byte("1234567890")
					t[2], t[4], t[5], t[7] = c2, c4, c5, c7
					in = append(in, string(t))
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		t := make([]byte, rng.IntN(17))
		for i := range t {
			t[i] = dobAlphabet[rng.IntN(len(dobAlphabet))]
		}
		in = append(in, string(t))
	}
	return in
}

// classifyGeneral is ClassifyDOB without its fast path: the general scanner ignores leading tabs, and
// the fast path reads only texts of fastLen bytes after spaces (not tabs) around them.
func classifyGeneral(s string) DOBShape {
	s = "\t" + s
	if len(s) == fastLen {
		s = "\t" + s
	}
	return ClassifyDOB(s)
}

// TestClassifyDOBFast checks the fast path of ClassifyDOB against the general scanner, the general
// scanner against referenceClassifyDOB, and the date counter dobIndex reads straight from a text
// against dateIndex of its ClassifyDOB, on every text of dobInputs.
func TestClassifyDOBFast(t *testing.T) {
	in := dobInputs()
	step := 1
	if raceEnabled || testing.Short() {
		step = 7 // every seventh text
	}
	fails := 0
	for i := 0; i < len(in); i += step {
		s := in[i]
		got, general, ref := ClassifyDOB(s), classifyGeneral(s), referenceClassifyDOB(s)
		if got != general || general != ref {
			t.Errorf("%q: ClassifyDOB %+v, general scanner %+v, reference %+v", s, got, general, ref)
			if fails++; fails == 20 {
				t.FailNow()
			}
		}
		if got, want := dobIndex(s), dateIndex(ClassifyDOB(s)); got != want {
			t.Errorf("%q: dobIndex %d, dateIndex(ClassifyDOB) %d", s, got, want)
			if fails++; fails == 20 {
				t.FailNow()
			}
		}
	}
	t.Logf("%d texts", len(in))
}

// TestClassifyDOBFastShapes checks the answers of ClassifyDOB and of its general scanner for texts the
// fast path reads and for near misses of them.
func TestClassifyDOBFastShapes(t *testing.T) {
	tests := []struct {
		in   string
		want DOBShape
	}{
		{"1986-04-05", DOBShape{Shape: ShapeISO}},
		{"0000-00-00", DOBShape{Shape: ShapeISO}},
		{"9999-99-99", DOBShape{Shape: ShapeISO}},
		{"05.04.1986", DOBShape{Shape: ShapeDotted, First: 5, Second: 4}},
		{"31/12/1999", DOBShape{Shape: ShapeSlashed, First: 31, Second: 12}},
		{"99-99-9999", DOBShape{Shape: ShapeDashed, First: 99, Second: 99}},
		{"00 00 0000", DOBShape{Shape: ShapeSpaced}},
		{"1986/04/05", DOBShape{Shape: ShapeYearFirst}},
		{"05.04/1986", DOBShape{Shape: ShapeOther}},
		{"05.04.198a", DOBShape{Shape: ShapeOther}},
		{"a5.04.1986", DOBShape{Shape: ShapeOther}}, // letters, but no month name
		{"Apr.05.1986", DOBShape{Shape: ShapeMonthName}},
		{"1986-04-0\xb5", DOBShape{Shape: ShapeOther}},
		{"1986-04:05", DOBShape{Shape: ShapeOther}},
		{"05.04.1986 ", DOBShape{Shape: ShapeDotted, First: 5, Second: 4}},
		{"5.04.1986 ", DOBShape{Shape: ShapeDotted, First: 5, Second: 4}},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.in, "/", "|"), func(t *testing.T) {
			assert.Equal(t, tt.want, ClassifyDOB(tt.in))
			assert.Equal(t, tt.want, classifyGeneral(tt.in))
		})
	}
}

// referenceClassifyDOB is the general scanner as it was before ClassifyDOB had its word-at-a-time fast
// path: one byte at a time, the numbers in an array. TestClassifyDOBFast and FuzzClassifyDOB check
// that the general scanner, rewritten to need no stack frame, still answers the same.
func referenceClassifyDOB(s string) DOBShape {
	s = strings.Trim(s, " \t") // the spaces and tabs isSpace ignores
	if s == "" {
		return DOBShape{Shape: ShapeEmpty}
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
		if hasLetter(rest) && hasDigit(s) && dob.MonthLanguages(s) != 0 {
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
