package dob

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzFastPath checks that the byte-level fast path agrees with the
// tokenizing parser on every input it accepts.
func FuzzFastPath(f *testing.F) {
	for _, s := range []string{
		"1986-04-05", "19860405", "05/04/1986", "5.4.86", " 1986/4/5\t", "1986-04-05x",
		"05/04-1986", "123456789", "1986-04-123", "", "1.1.1", "0000-00-00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fb, ok := fastBody(s)
		if !ok {
			return
		}
		sb, wd, r := slowBody(s)
		require.Equal(t, Reason(""), r.Reason)
		require.Equal(t, -1, wd)
		sb.end = 0
		require.Equal(t, sb, fb)
	})
}

func TestLatinFold(t *testing.T) {
	require.Len(t, latinFold, 0x180-0xC0)
	tests := []struct {
		r    rune
		want byte
	}{
		{'À', 'a'}, {'Ä', 'a'}, {'ä', 'a'}, {'Ç', 'c'}, {'é', 'e'}, {'ì', 'i'}, {'Ñ', 'n'}, {'ö', 'o'},
		{'Ø', 'o'}, {'ü', 'u'}, {'ÿ', 'y'}, {'ą', 'a'}, {'ć', 'c'}, {'ę', 'e'}, {'İ', 'i'}, {'ı', 'i'},
		{'Ł', 'l'}, {'ł', 'l'}, {'ń', 'n'}, {'ő', 'o'}, {'ś', 's'}, {'Ş', 's'}, {'ţ', 't'}, {'ů', 'u'},
		{'ź', 'z'}, {'Ż', 'z'}, {'ž', 'z'}, {'ſ', 's'},
		{'Æ', 0}, {'ß', 0}, {'Þ', 0}, {'Œ', 0}, {'Ж', 0},
	}
	for _, tc := range tests {
		t.Run(string(tc.r), func(t *testing.T) {
			b, letter, comb := foldLetter(tc.r)
			assert.True(t, letter)
			assert.False(t, comb)
			assert.Equal(t, tc.want, b)
		})
	}
	for _, r := range []rune{'×', '÷', 'º', 'ª', '1', '/'} {
		_, letter, _ := foldLetter(r)
		assert.False(t, letter, string(r))
	}
}

// TestNameTables checks that no name means two different months or two
// different weekdays, and that every name fits the fold buffer.
func TestNameTables(t *testing.T) {
	month := map[string]int{}
	for i, names := range monthNames {
		for _, n := range names {
			t.Run("month/"+n, func(t *testing.T) {
				prev, dup := month[n]
				assert.False(t, dup && prev != i+1, "%q is month %d and %d", n, prev, i+1)
				month[n] = i + 1
				assert.LessOrEqual(t, len(n), maxWord)
				assert.Equal(t, uint8(i+1), words[n].month)
			})
		}
	}
	day := map[string]int{}
	for i, names := range weekdayNames {
		for _, n := range names {
			t.Run("weekday/"+n, func(t *testing.T) {
				prev, dup := day[n]
				assert.False(t, dup && prev != i+1, "%q is weekday %d and %d", n, prev, i+1)
				day[n] = i + 1
				assert.LessOrEqual(t, len(n), maxWord)
				assert.Equal(t, uint8(i+1), words[n].wday)
			})
		}
	}
}

func TestDigits(t *testing.T) {
	tests := []struct {
		s    string
		v, n int
	}{
		{"7", 7, 1}, {"０", 0, 3}, {"９", 9, 3}, {"٠", 0, 2}, {"٩", 9, 2}, {"۰", 0, 2}, {"۹", 9, 2},
		{"a", -1, 0}, {"१", -1, 0}, {"\xff", -1, 0},
	}
	for _, tc := range tests {
		t.Run(strconv.Quote(tc.s), func(t *testing.T) {
			v, n := digitAt(tc.s, 0)
			assert.Equal(t, tc.v, v)
			assert.Equal(t, tc.n, n)
		})
	}
}
