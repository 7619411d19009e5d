package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "update golden files")

// timing matches the summary's timing line, the only text that depends on the clock.
var timing = regexp.MustCompile(`elapsed \S+, \d+ rows/s`)

// TestCLI runs every case folder under testdata/cli: cmd (one line of shell-like words; $TMP is a fresh
// temporary directory), optional input (stdin), expout (stdout, then every file written to $TMP as
// "-- file NAME --" sections), experr (stderr, timing normalized) and exitcode. The case folder is the
// working directory.
func TestCLI(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "cli", "*"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		require.NoError(t, err)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			line, err := os.ReadFile(filepath.Join(abs, "cmd"))
			require.NoError(t, err)
			tmp := t.TempDir()
			args, err := splitWords(strings.ReplaceAll(strings.TrimSpace(string(line)), "$TMP", tmp))
			require.NoError(t, err)
			stdin, err := os.ReadFile(filepath.Join(abs, "input"))
			if err != nil {
				require.ErrorIs(t, err, os.ErrNotExist)
			}
			t.Chdir(abs)
			var stdout, stderr bytes.Buffer
			code := run(args, bytes.NewReader(stdin), &stdout, &stderr)

			files, err := os.ReadDir(tmp)
			require.NoError(t, err)
			for _, f := range files {
				data, err := os.ReadFile(filepath.Join(tmp, f.Name()))
				require.NoError(t, err)
				fmt.Fprintf(&stdout, "-- file %s --\n%s", f.Name(), data)
			}
			gotErr := timing.ReplaceAllString(dropProgress(stderr.String()), "elapsed X, N rows/s")
			gotCode := strconv.Itoa(code) + "\n"
			if *update {
				require.NoError(t, os.WriteFile(filepath.Join(abs, "expout"), stdout.Bytes(), 0o644))
				require.NoError(t, os.WriteFile(filepath.Join(abs, "experr"), []byte(gotErr), 0o644))
				require.NoError(t, os.WriteFile(filepath.Join(abs, "exitcode"), []byte(gotCode), 0o644))
				return
			}
			for _, c := range []struct{ file, got string }{
				{"expout", stdout.String()}, {"experr", gotErr}, {"exitcode", gotCode}} {
				want, err := os.ReadFile(filepath.Join(abs, c.file))
				require.NoError(t, err, "run with -update to create it")
				assert.Equal(t, string(want), c.got, c.file)
			}
		})
	}
}

// dropProgress removes progress lines (their rows/s depend on the clock; progressLine has its own test).
func dropProgress(s string) string {
	lines := strings.SplitAfter(s, "\n")
	lines = slices.DeleteFunc(lines, func(l string) bool { return strings.HasPrefix(l, "custmatch batch: progress ") })
	return strings.Join(lines, "")
}

// splitWords splits a command line into words: blanks separate words, single quotes keep everything,
// double quotes keep everything but backslash escapes, a backslash outside quotes escapes one character.
func splitWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == ' ' || ch == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case ch == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated ' at %d", i)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case ch == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated \" in %q", s)
			}
			inWord = true
		case ch == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
			inWord = true
		default:
			cur.WriteByte(ch)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

func TestSplitWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{`batch a.csv`, []string{"batch", "a.csv"}},
		{`--map 'a=B C' x`, []string{"--map", "a=B C", "x"}},
		{`--delimiter ";" --x=""`, []string{"--delimiter", ";", "--x="}},
		{`a\ b "c\"d"`, []string{"a b", `c"d`}},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := splitWords(c.in)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}
