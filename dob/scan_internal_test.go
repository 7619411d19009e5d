package dob

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/internal/textrule"
)

// FuzzFastPath checks that the byte-level fast path agrees with the
// tokenizing parser on every input it accepts.
func FuzzFastPath(f *testing.F) {
	for _, s := range []string{
		"1986-04-05", "19860405", "05/04/1986", "5.4.86", " 1986/4/5\t", "1986-04-05x",
		"05/04-1986", "123456789", "1986-04-123", "", "1.1.1", "0000-00-00",
		"5 April 1986", "05. APRIL 1986", "April 5, 1986", "may 31 2001", "5 de 1986", "Sat 5 1986",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var fb, sb body
		if !fastBody(s, &fb) {
			return
		}
		var wd uint8
		r := slowBody(s, &sb, &wd)
		require.Equal(t, Reason(""), r.Reason)
		require.Zero(t, wd)
		sb.end = 0
		require.Equal(t, sb, fb)
	})
}

// TestFastMonthName checks the month-name fast path against the tokenizing
// parser for every ASCII word of the name tables, in every shape it reads
// and a few it must decline, in three letter cases.
func TestFastMonthName(t *testing.T) {
	accepted := 0
	for w := range words {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		for _, c := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, s := range []string{
				"5 " + c + " 1986", "31. " + c + " 2001", "05 " + c + " 1986", c + " 5, 1986", c + " 29 1986",
				"5 " + c + ", 1986", c + " 5, 86", "5 " + c + " 1986 10:00", c + ". 5, 1986", " 5  " + c + " 1986",
			} {
				var fb, sb body
				if !fastBody(s, &fb) {
					continue
				}
				accepted++
				var wd uint8
				r := slowBody(s, &sb, &wd)
				require.Equal(t, Reason(""), r.Reason, "%q", s)
				require.Zero(t, wd, "%q", s)
				sb.end = 0
				require.Equal(t, sb, fb, "%q", s)
			}
		}
	}
	var b body
	for _, s := range []string{"5 April 1986", "5. april 1986", "April 5, 1986", "SEPT 30 1986", "1 janvier 1990"} {
		require.True(t, fastBody(s, &b), "%q", s)
	}
	t.Logf("%d month-name inputs on the fast path", accepted)
}

// TestASCIIMonths checks the index of ASCII month names against the table
// it is built from: every ASCII word of it, and the same words cut short or
// made longer, read the same through both.
func TestASCIIMonths(t *testing.T) {
	found := 0
	for w := range words {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		for _, v := range []string{w, w[:len(w)-1], w + "x", "x" + w} {
			if v == "" || len(v) > 16 {
				continue
			}
			var k asciiKey
			for i := 0; i < len(v); i++ {
				k = k.add(v[i])
			}
			want, known := words[v]
			want1, ok1 := asciiMonths.lookup(k)
			if known && want.m1 != 0 && want.m1 != 0xFF {
				require.True(t, ok1, "%q", v)
				require.Equal(t, want, want1, "%q", v)
				found++
			} else {
				require.False(t, ok1, "%q", v)
			}
		}
	}
	require.Greater(t, found, 200)
}

// TestDigitsAt checks the word-at-a-time digit test for every pair of byte
// values at every two neighbouring bytes (where a carry could cross), the
// other bytes digits, under each mask the fast path uses.
func TestDigitsAt(t *testing.T) {
	for _, mask := range []uint64{bytes01234567, bytes012356, bytes013467, bytes67} {
		for k := range 7 {
			for v := range 1 << 16 {
				b := []byte("31415926")
				b[k], b[k+1] = byte(v), byte(v>>8)
				want := true
				for i, c := range b {
					if mask>>(8*i+7)&1 != 0 && (c < '0' || c > '9') {
						want = false
					}
				}
				if got := digitsAt(textrule.Word8(string(b), 0), mask); got != want {
					t.Fatalf("digitsAt(%q, %#x) = %v", b, mask, got)
				}
			}
		}
	}
}

func TestFoldRune(t *testing.T) {
	require.Len(t, latinFold, 0x180-0xC0)
	tests := []struct {
		r    rune
		want rune
	}{
		{'À', 'a'}, {'Ä', 'a'}, {'ä', 'a'}, {'Ç', 'c'}, {'é', 'e'}, {'ì', 'i'}, {'Ñ', 'n'}, {'ö', 'o'},
		{'Ø', 'o'}, {'ü', 'u'}, {'ÿ', 'y'}, {'ą', 'a'}, {'ć', 'c'}, {'ę', 'e'}, {'İ', 'i'}, {'ı', 'i'},
		{'Ł', 'l'}, {'ł', 'l'}, {'ń', 'n'}, {'ő', 'o'}, {'ś', 's'}, {'Ş', 's'}, {'ţ', 't'}, {'ů', 'u'},
		{'ź', 'z'}, {'Ż', 'z'}, {'ž', 'z'}, {'ſ', 's'},
		{'ș', 's'}, {'Ț', 't'}, {'ά', 'α'}, {'Ά', 'α'}, {'Ί', 'ι'}, {'ΐ', 'ι'}, {'Σ', 'σ'}, {'ς', 'σ'},
		{'Ж', 'ж'}, {'Й', 'и'}, {'ё', 'е'}, {'Ї', 'і'}, {'年', '年'}, {'토', '토'},
		{'Æ', 0}, {'ß', 0}, {'Þ', 0}, {'Œ', 0},
	}
	for _, tc := range tests {
		t.Run(string(tc.r), func(t *testing.T) {
			f, letter, comb := foldRune(tc.r)
			assert.True(t, letter)
			assert.False(t, comb)
			assert.Equal(t, tc.want, f)
		})
	}
	for _, r := range []rune{'×', '÷', 'º', 'ª', '1', '/', '(', '،'} {
		_, letter, _ := foldRune(r)
		assert.False(t, letter, string(r))
	}
	// The shortcuts agree with the general rule.
	for _, r := range []rune{'年', '日', '曜', '㐀', '토', '요', '힣', 'ж', 'ά', 'ș'} {
		f, letter, comb := foldRune(r)
		sf, sletter, scomb := foldRuneSlow(r)
		assert.Equal(t, [3]any{sf, sletter, scomb}, [3]any{f, letter, comb}, string(r))
	}
	for _, r := range []rune{0x301, 0x308, 0x342} {
		_, _, comb := foldRune(r)
		assert.True(t, comb, "%U", r)
	}
}

// TestNameTables checks every CLDR month and weekday name of every locale:
// it folds to a known word that reads as its month or weekday (unless it
// is a CJK name read by its marker, or one letter), and lists the names
// that mean two months in two languages.
func TestNameTables(t *testing.T) {
	for _, l := range cldrLocales {
		for _, names := range l.months {
			for i, n := range names {
				parts := foldParts(n)
				if hasDigit(n) || len(parts) != 1 || utf8.RuneCountInString(parts[0]) < 2 {
					continue
				}
				w, ok := words[parts[0]]
				require.True(t, ok, "%s %q", l.tag, n)
				require.True(t, int(w.m1) == i+1 || int(w.m2) == i+1, "%s %q is month %d, read %d/%d", l.tag, n, i+1, w.m1, w.m2)
				require.LessOrEqual(t, len(parts[0]), maxWord)
			}
		}
		for _, names := range l.days {
			for i, n := range names {
				parts := foldParts(n)
				if hasDigit(n) || len(parts) == 0 {
					continue
				}
				require.NotZero(t, words[parts[0]].wdays&(1<<i), "%s %q", l.tag, n)
			}
		}
	}
	var two []string
	for n, w := range words {
		if w.m2 != 0 {
			two = append(two, n)
		}
	}
	slices.Sort(two)
	t.Logf("names of two months: %v", two)
}

func TestDigits(t *testing.T) {
	tests := []struct {
		s    string
		v, n int
	}{
		{"7", 7, 1}, {"０", 0, 3}, {"９", 9, 3}, {"٠", 0, 2}, {"٩", 9, 2}, {"۰", 0, 2}, {"۹", 9, 2},
		{"१", 1, 3}, {"৯", 9, 3}, {"a", -1, 0}, {"๑", -1, 0}, {"\xff", -1, 0},
	}
	for _, tc := range tests {
		t.Run(strconv.Quote(tc.s), func(t *testing.T) {
			v, n := digitAt(tc.s, 0)
			assert.Equal(t, tc.v, v)
			assert.Equal(t, tc.n, n)
		})
	}
}

func TestEpochDay(t *testing.T) {
	for d := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2101; d = d.AddDate(0, 0, 1) {
		e := epochDay(d.Year(), int(d.Month()), d.Day())
		if e != d.Unix()/86400 || (d.Unix() < 0 && e*86400 != d.Unix()) {
			t.Fatalf("epochDay(%s) = %d, want %d", d.Format("2006-01-02"), e, d.Unix()/86400)
		}
		if wd := int((e%7 + 7 + 4) % 7); wd != int(d.Weekday()) {
			t.Fatalf("weekday of %s = %d, want %d", d.Format("2006-01-02"), wd, d.Weekday())
		}
	}
}

// TestRefAfter checks the cheap "long before Now" shortcut against the
// calendar date of Now in zones from UTC-12 to UTC+14, around midnight.
func TestRefAfter(t *testing.T) {
	for _, base := range []time.Time{
		time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC),
		time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC),
	} {
		refAfterAround(t, base)
	}
}

func refAfterAround(t *testing.T, base time.Time) {
	for _, off := range []int{-12, -5, -1, 0, 1, 5, 13, 14} {
		zone := time.FixedZone("Z"+strconv.Itoa(off), off*3600)
		for _, h := range []int{-25, -13, -1, 0, 1, 11, 13, 23, 25} {
			now := base.Add(time.Duration(h) * time.Hour).In(zone)
			t.Run(now.Format(time.RFC3339), func(t *testing.T) {
				var r ref
				r.init(&Options{Now: now})
				y, m, d := now.Date()
				td := today{y, int(m), d}
				for _, delta := range []int{-800, -400, -366, -365, -4, -3, -2, -1, 0, 1, 2, 3, 4, 365} {
					c := time.Date(y, m, d+delta, 0, 0, 0, 0, time.UTC)
					cy, cm, cd := c.Date()
					assert.Equal(t, td.after(cy, int(cm), cd), r.after(cy, int(cm), cd), "delta %d", delta)
				}
			})
		}
	}
}
