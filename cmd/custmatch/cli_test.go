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
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "update golden files")

// timing matches the summary's timing line, the only text that depends on the clock.
var timing = regexp.MustCompile(`elapsed \S+, \d+ rows/s`)

// TestCLI runs every case archive testdata/cli/*.txtar (golang.org/x/tools/txtar). The archive's
// comment is the command line (shell-like words; $TMP is a fresh directory for the files the command
// writes). Its sections:
//
//	stdin              the standard input (none: empty)
//	stdout, stderr     the expected output (stderr with the timing normalized and progress lines dropped)
//	exitcode           the expected exit status
//	tmp/NAME           a file the command is expected to write to $TMP/NAME (every file it writes there)
//	anything else      a file put in the working directory before the run
//
// The working directory is a fresh directory holding the shared fixtures of testdata/fixtures (the
// cashier and provider JSON responses), then the archive's own files. Run with -update to rewrite the
// expectations.
func TestCLI(t *testing.T) {
	archives, err := filepath.Glob(filepath.Join("testdata", "cli", "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, archives)
	fixtures, err := filepath.Glob(filepath.Join("testdata", "fixtures", "*"))
	require.NoError(t, err)
	for _, path := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			path, err := filepath.Abs(path)
			require.NoError(t, err)
			ar, err := txtar.ParseFile(path)
			require.NoError(t, err)
			work, tmp := t.TempDir(), t.TempDir()
			for _, f := range fixtures {
				data, err := os.ReadFile(f)
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(filepath.Join(work, filepath.Base(f)), data, 0o644))
			}
			var stdin []byte
			for _, f := range ar.Files {
				switch {
				case f.Name == "stdin":
					stdin = f.Data
				case f.Name == "stdout", f.Name == "stderr", f.Name == "exitcode", strings.HasPrefix(f.Name, "tmp/"):
				default:
					require.NoError(t, os.WriteFile(filepath.Join(work, f.Name), f.Data, 0o644))
				}
			}
			args, err := splitWords(strings.ReplaceAll(strings.TrimSpace(string(ar.Comment)), "$TMP", tmp))
			require.NoError(t, err)
			t.Chdir(work)
			var stdout, stderr bytes.Buffer
			code := run(args, bytes.NewReader(stdin), &stdout, &stderr)

			got := map[string]string{
				"stdout":   stdout.String(),
				"stderr":   timing.ReplaceAllString(dropProgress(stderr.String()), "elapsed X, N rows/s"),
				"exitcode": strconv.Itoa(code) + "\n",
			}
			written, err := os.ReadDir(tmp)
			require.NoError(t, err)
			for _, f := range written {
				data, err := os.ReadFile(filepath.Join(tmp, f.Name()))
				require.NoError(t, err)
				got["tmp/"+f.Name()] = string(data)
			}
			if *update {
				updateArchive(t, path, ar, got)
				return
			}
			want := map[string]string{}
			for _, f := range ar.Files {
				if f.Name == "stdout" || f.Name == "stderr" || f.Name == "exitcode" || strings.HasPrefix(f.Name, "tmp/") {
					want[f.Name] = string(f.Data)
				}
			}
			for name, g := range got {
				w, ok := want[name]
				if assert.True(t, ok, "no section %s: run with -update", name) {
					assert.Equal(t, w, g, name)
				}
			}
			for name := range want {
				_, ok := got[name]
				assert.True(t, ok, "%s was expected but not written", name)
			}
		})
	}
}

// updateArchive rewrites the expectations of an archive: its input sections stay, stdout, stderr,
// exitcode and the tmp/ files are replaced by got.
func updateArchive(t *testing.T, path string, ar *txtar.Archive, got map[string]string) {
	t.Helper()
	var files []txtar.File
	for _, f := range ar.Files {
		if f.Name != "stdout" && f.Name != "stderr" && f.Name != "exitcode" && !strings.HasPrefix(f.Name, "tmp/") {
			files = append(files, f)
		}
	}
	for _, name := range []string{"stdout", "stderr", "exitcode"} {
		files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
	}
	var tmpNames []string
	for name := range got {
		if strings.HasPrefix(name, "tmp/") {
			tmpNames = append(tmpNames, name)
		}
	}
	slices.Sort(tmpNames)
	for _, name := range tmpNames {
		files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
	}
	for _, f := range files {
		require.True(t, len(f.Data) == 0 || f.Data[len(f.Data)-1] == '\n', "%s: section %s must end with a newline for txtar", path, f.Name)
	}
	ar.Files = files
	require.NoError(t, os.WriteFile(path, txtar.Format(ar), 0o644))
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
