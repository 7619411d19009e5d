package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEscapeFormula(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=1+1", "'=1+1"},
		{"+49 170", "'+49 170"},
		{"-5", "'-5"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"a=b", "a=b"},
		{" =x", " =x"},
		{"\x00=1+1", "'\x00=1+1"},
		{"\x01\x1f+49", "'\x01\x1f+49"},
		{"\x7f-5", "'\x7f-5"},
		{"\x00\x00@SUM(A1)", "'\x00\x00@SUM(A1)"},
		{"\u0085=1", "'\u0085=1"},
		{"\u200b\u202e+49", "'\u200b\u202e+49"},
		{"\ufff9=1+1\ufffb", "'\ufff9=1+1\ufffb"}, // an interlinear annotation mark, drawn as nothing
		{"\n=cmd", "'\n=cmd"},
		{"\u0085plain", "\u0085plain"},
		{"\x00plain", "\x00plain"},
		{"\x00", "\x00"},
	} {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.want, escapeFormula(c.in))
		})
	}
}

func TestAppendCell(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"abc", "abc"},
		{"a,b", `"a,b"`},
		{`say "hi"`, `"say ""hi"""`},
		{"two\nlines", "\"two\nlines\""},
		{" lead", `" lead"`},
		{"=cmd", "'=cmd"},
		{"=a,b", `"'=a,b"`},
		{"", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.want, string(appendCell(nil, c.in)))
		})
	}
}

// FuzzAppendCell checks that a written cell reads back through encoding/csv as one field equal to the
// formula-escaped input (with CRLF read back as LF: encoding/csv folds the line end, as CSV readers do),
// and that no read-back cell starts with a formula character, also behind leading control characters.
// The empty cell is a blank line, which encoding/csv skips.
func FuzzAppendCell(f *testing.F) {
	for _, s := range []string{"Max", "=1+2", `a"b,c`, "x\ny", "-", "\t\r", "a\r\nb", "\r", "x\r", "\x00=1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := append(appendCell(nil, s), '\n')
		r := csv.NewReader(bytes.NewReader(line))
		r.LazyQuotes = false
		recs, err := r.ReadAll()
		require.NoError(t, err)
		if s == "" {
			require.Empty(t, recs)
			return
		}
		require.Len(t, recs, 1)
		require.Len(t, recs[0], 1)
		got := recs[0][0]
		assert.Equal(t, strings.ReplaceAll(escapeFormula(s), "\r\n", "\n"), got)
		assert.NotContains(t, "=+-@\t\r", got[:1])
		if rest := strings.TrimLeft(got, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"); rest != "" && rest != got {
			assert.NotContains(t, "=+-@", rest[:1], "formula behind control characters")
		}
	})
}

func TestParseDelimiter(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rune
		ok   bool
	}{
		{",", ',', true}, {";", ';', true}, {"tab", '\t', true}, {"TAB", '\t', true}, {`\t`, '\t', true},
		{"\t", '\t', true}, {"|", '|', true}, {"semicolon", ';', true}, {"comma", ',', true}, {"§", '§', true},
		{"", 0, false}, {`"`, 0, false}, {"\n", 0, false}, {"\r", 0, false}, {";;", 0, false}, {"\xff", 0, false},
		{"\x00", 0, false}, // encoding/csv refuses it only when the first row is read
	} {
		t.Run(fmt.Sprintf("%q", c.in), func(t *testing.T) {
			got, err := parseDelimiter(c.in)
			if !c.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestProgressLine(t *testing.T) {
	for _, c := range []struct {
		name             string
		rows, read, size int64
		elapsed          time.Duration
		want             string
	}{
		{"unknown-size", 5000, 1 << 20, -1, 2 * time.Second, "custmatch batch: progress 5000 rows, 2500 rows/s"},
		{"half", 5000, 50, 100, 2 * time.Second, "custmatch batch: progress 5000 rows, 2500 rows/s, 50%, ETA 2s"},
		{"nothing-read", 0, 0, 100, time.Second, "custmatch batch: progress 0 rows, 0 rows/s"},
		{"overread", 10, 120, 100, time.Second, "custmatch batch: progress 10 rows, 10 rows/s, 100%, ETA 0s"},
		{"no-time", 10, 10, 100, 0, "custmatch batch: progress 10 rows, 0 rows/s, 10%, ETA 0s"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, progressLine(c.rows, c.read, c.size, c.elapsed))
		})
	}
}

func TestParseInterleaved(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		pos  []string
		w    int
	}{
		{"flags-first", []string{"--workers", "3", "a.csv"}, []string{"a.csv"}, 3},
		{"flags-after", []string{"a.csv", "--workers", "3"}, []string{"a.csv"}, 3},
		{"dash", []string{"-", "--workers=2"}, []string{"-"}, 2},
		{"double-dash", []string{"--workers", "2", "--", "--workers"}, []string{"--workers"}, 2},
		{"none", nil, nil, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			w := fs.Int("workers", 1, "")
			pos, err := parseInterleaved(fs, c.args)
			require.NoError(t, err)
			assert.Equal(t, c.pos, pos)
			assert.Equal(t, c.w, *w)
		})
	}
}

// genRows returns a header and n rows with a mix of approve, decline, review and one bad row every 997.
func genRows(n int) string {
	var b strings.Builder
	b.WriteString("id,merchant_first_name,merchant_last_name,merchant_dob,provider_first_name,provider_last_name,provider_dob\n")
	for i := range n {
		switch {
		case i%997 == 5:
			fmt.Fprintf(&b, "r%d,broken\n", i)
		case i%3 == 0:
			fmt.Fprintf(&b, "r%d,Max,Mustermann,1990-09-28,Max,Mustermann,28.09.1990\n", i)
		case i%3 == 1:
			fmt.Fprintf(&b, "r%d,Jürgen,Müller%d,,Juergen,Mueller%d,\n", i, i%7, i%5)
		default:
			fmt.Fprintf(&b, "r%d,,Lee,05/04/1986,Ann,Lee,1986-04-05\n", i)
		}
	}
	return b.String()
}

// TestWorkersSameOutput checks that the parallel pipeline writes exactly what the sequential one writes,
// in input order, over more batches than are in flight at once.
func TestWorkersSameOutput(t *testing.T) {
	in := genRows(40 * batchRows / 3)
	var want bytes.Buffer
	require.Equal(t, exitFailure, run([]string{"batch", "--now", "2026-01-01", "--workers", "1"}, strings.NewReader(in), &want, io.Discard))
	for _, w := range []string{"2", "3", "8"} {
		t.Run("workers="+w, func(t *testing.T) {
			var got bytes.Buffer
			code := run([]string{"batch", "--now", "2026-01-01", "--workers", w}, strings.NewReader(in), &got, io.Discard)
			assert.Equal(t, exitFailure, code)
			assert.Equal(t, want.String(), got.String())
		})
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	in := genRows(3 * batchRows * 8)
	for _, w := range []string{"1", "2"} {
		t.Run("workers="+w, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run([]string{"batch", "--workers", w, "--rejects", t.TempDir() + "/r.csv"}, strings.NewReader(in), &failWriter{n: 100 << 10}, &stderr)
			assert.Equal(t, exitFailure, code)
			assert.Contains(t, stderr.String(), "writing the output: disk full")
		})
	}
	t.Run("compare", func(t *testing.T) {
		var stderr bytes.Buffer
		code := run([]string{"compare", "--merchant-first", "A", "--provider-first", "A"}, nil, &failWriter{}, &stderr)
		assert.Equal(t, exitFailure, code)
		assert.Contains(t, stderr.String(), "writing the output: disk full")
	})
}

func TestAppendScore(t *testing.T) {
	for _, s := range []float64{0, 1, 0.5, 0.8889, 0.99995, 0.00004, 1.0 / 3, 0.12345} {
		assert.Equal(t, strconv.FormatFloat(s, 'f', 4, 64), string(appendScore(nil, s)), "%v", s)
	}
}
