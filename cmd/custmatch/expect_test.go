package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/match"
)

func TestParseFailing(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []match.Field
		ok   bool
	}{
		{"", nil, true},
		{"  ", nil, true},
		{"first_name", []match.Field{match.FirstName}, true},
		{"dob;first_name", []match.Field{match.FirstName, match.DOB}, true},
		{"LAST_NAME, dob", []match.Field{match.LastName, match.DOB}, true},
		{"email;email", []match.Field{match.Email}, true},
		{"surname", nil, false},
		{"first_name;", []match.Field{match.FirstName}, true},
		{"first_name;x", nil, false},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, ok := parseFailing(c.in)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

// diffLine matches a differing row in the --expect report.
var diffLine = regexp.MustCompile(`(?m)^custmatch batch: expect: id (\S+) \(row \d+\)`)

// TestUATFile runs the shipped acceptance-test file the README tells merchants to check. Every row must
// agree with its expected decision, except rows whose expectation belongs to a later policy version
// (min_policy) than the library implements (match.PolicyVersion): those wait for the library, and from
// that version on they must agree too.
func TestUATFile(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "uat.csv")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 20)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	minPolicy := map[string]int{}
	for _, r := range rows[1:] {
		n, err := strconv.Atoi(r[col["min_policy"]])
		require.NoError(t, err, "row %s", r[col["id"]])
		minPolicy[r[col["id"]]] = n
	}
	require.Len(t, minPolicy, len(rows)-1, "ids are unique")
	version, err := strconv.Atoi(match.PolicyVersion[strings.LastIndexByte(match.PolicyVersion, '/')+1:])
	require.NoError(t, err)

	var stdout, stderr bytes.Buffer
	code := run([]string{"batch", "--expect", "--progress", "never", path}, nil, &stdout, &stderr)
	differ := diffLine.FindAllStringSubmatch(stderr.String(), -1)
	for _, m := range differ {
		id := m[1]
		assert.Greater(t, minPolicy[id], version, "row %s differs from its expectation under %s", id, match.PolicyVersion)
	}
	if len(differ) == 0 {
		assert.Equal(t, exitOK, code, stderr.String())
	} else {
		assert.Equal(t, exitDiffer, code, stderr.String())
	}
	assert.Contains(t, stderr.String(), "custmatch batch: 30 rows: 30 evaluated")
}

// TestExpectIDsOnStderr: --expect lists differing rows by id on stderr, where an id is the input's text:
// a line break, an escape sequence or a bidi control in it is written visibly (<U+XXXX>), so it can
// neither forge a line nor recolour or reorder one; an empty id or one with blanks is quoted.
func TestExpectIDsOnStderr(t *testing.T) {
	const head = "id,merchant_first_name,merchant_last_name,provider_first_name,provider_last_name,expected_decision\n"
	for _, c := range []struct{ id, want string }{
		{"d2", "id d2 (row 1): expected decline, got approve\n"},
		{"a\nFAKE: id zz (row 9): forged", "id \"a<U+000A>FAKE: id zz (row 9): forged\" (row 1): expected decline"},
		{"\x1b[31mred", "id <U+001B>[31mred (row 1): expected decline"},
		{"abc\u202edef", "id abc<U+202E>def (row 1): expected decline"},
		{"a b", `id "a b" (row 1): expected decline`},
		{"", `id "" (row 1): expected decline`},
		{"\u00a0", `id "\u00a0" (row 1): expected decline`},
	} {
		t.Run(strconv.Quote(c.id), func(t *testing.T) {
			input := head + `"` + c.id + `",A,B,A,B,decline` + "\n"
			var stdout, stderr bytes.Buffer
			code := run([]string{"batch", "--now", "2026-01-01", "--progress", "never", "--expect"}, strings.NewReader(input), &stdout, &stderr)
			assert.Equal(t, exitDiffer, code, stderr.String())
			assert.Contains(t, stderr.String(), "custmatch batch: expect: "+c.want)
			for _, line := range strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n") {
				assert.True(t, strings.HasPrefix(line, "custmatch batch: "), "a line of its own: %q", line)
			}
			assert.NotContains(t, stderr.String(), "\x1b")
			assert.NotContains(t, stderr.String(), "\u202e")
		})
	}
}
