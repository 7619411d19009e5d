package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"
)

// edgeHeader is the header of the edge-case inputs: the required columns and an id.
const edgeHeader = "id,merchant_first_name,merchant_last_name,provider_first_name,provider_last_name"

// edgeCase is one batch run through run: its input, extra flags, and what it must give.
type edgeCase struct {
	name, input string
	args        []string
	code        int
	stderr      []string // substrings stderr must hold
	notStderr   []string // substrings stderr must not hold
	stdout      []string // substrings stdout must hold
}

// runEdge runs each case as "batch --now 2026-01-01 --progress never ARGS" on its input.
func runEdge(t *testing.T, cases []edgeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"batch", "--now", "2026-01-01", "--progress", "never"}, c.args...)
			code := run(args, strings.NewReader(c.input), &stdout, &stderr)
			assert.Equal(t, c.code, code, "stderr: %s", stderr.String())
			for _, want := range c.stderr {
				assert.Contains(t, stderr.String(), want)
			}
			for _, not := range c.notStderr {
				assert.NotContains(t, stderr.String(), not)
			}
			for _, want := range c.stdout {
				assert.Contains(t, stdout.String(), want)
			}
		})
	}
}

// TestHeaderTooLong: a header row needing more than maxRowBytes is an unreadable header, a usage error
// (exit 2) like any other, not an I/O failure.
func TestHeaderTooLong(t *testing.T) {
	long := edgeHeader + "," + strings.Repeat("x", maxRowBytes+readBuffer) + "\n1,A,B,A,B\n"
	runEdge(t, []edgeCase{
		{name: "header-over-1MiB", input: long, code: exitUsage,
			stderr: []string{"custmatch batch: unreadable header row (line 1: longer than 1048576 bytes)\n"}},
		{name: "header-over-1MiB-after-sep-line", input: "sep=,\n" + long, code: exitUsage,
			stderr: []string{"custmatch batch: unreadable header row (line 2: longer than 1048576 bytes)\n"}},
		{name: "header-just-under", input: edgeHeader + "," + strings.Repeat("x", maxRowBytes-len(edgeHeader)-2) + "\n1,A,B,A,B\n", code: exitFailure,
			stderr: []string{"rejected line 2 (row 1): field-count"}},
	})
}

// TestSepLineUnusable: an Excel sep= first line without a usable delimiter ("sep=" alone, CR, NUL, a
// quote, a non-ASCII byte) is a usage error naming it, not an I/O failure from encoding/csv nor a line
// skipped in silence; with --delimiter it is skipped with a note and the line numbers still count it.
func TestSepLineUnusable(t *testing.T) {
	data := edgeHeader + "\n1,A,B,A,B\n"
	const unusable = "custmatch batch: line 1 is an Excel sep= line without a usable delimiter"
	var cases []edgeCase
	for _, first := range []string{"sep=\n\n", "sep=\r\n", "sep=\n", "SEP=\r\n", "sep=\x00\n", "sep=\"\n", "sep=\xa7\n", "sep=é\r\n", "sep=\x01\n"} {
		cases = append(cases, edgeCase{name: strconv.Quote(first), input: first + data, code: exitUsage, stderr: []string{unusable}, notStderr: []string{"reading the input"}})
	}
	cases = append(cases,
		edgeCase{name: "nul-with-delimiter", input: "sep=\x00\n" + data + "2,\"x\n", args: []string{"--delimiter", ","}, code: exitFailure,
			stderr: []string{"input read as an Excel sep= line without a usable delimiter, skipped (--delimiter wins)\n",
				"rejected line 4 (row 2): quote\n"}},
		edgeCase{name: "empty-with-delimiter", input: "sep=\r\n" + strings.ReplaceAll(data, "\n", "\r\n"), args: []string{"--delimiter", ","}, code: exitOK,
			stderr: []string{"skipped (--delimiter wins)", "1 rows: 1 evaluated"}},
		edgeCase{name: "sep=-only", input: "sep=", code: exitUsage, stderr: []string{unusable}},
		edgeCase{name: "sep-line-only", input: "sep=;", code: exitUsage, stderr: []string{"the input is empty (want a header row)"}},
		edgeCase{name: "sep-line-then-eof-after-cr", input: "sep=;\r", code: exitUsage, stderr: []string{"the input is empty (want a header row)"}},
		edgeCase{name: "tab", input: "sep=\t\n" + strings.ReplaceAll(data, ",", "\t"), code: exitOK, stderr: []string{"delimiter '\\t'"}},
		edgeCase{name: "longer-first-line-is-a-header", input: "sep=;;," + edgeHeader + "\nx,1,A,B,A,B\n", code: exitOK, stderr: []string{"1 rows: 1 evaluated"}},
	)
	runEdge(t, cases)
}

// TestBOMWinsOverEncoding: a byte-order mark (UTF-16 either way round, or UTF-8) wins over --encoding,
// as the help promises, and the note says so; the header's id column is then found, so the ids are the
// input's, not row numbers.
func TestBOMWinsOverEncoding(t *testing.T) {
	const text = edgeHeader + "\nX1,Zoë,Müller,Zoë,Müller\nX2,A,B,A,B\n"
	u16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	require.NoError(t, err)
	u16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
	require.NoError(t, err)
	u8 := "\xEF\xBB\xBF" + text
	ids := []string{"\nX1,approve,", "\nX2,approve,"}
	runEdge(t, []edgeCase{
		{name: "utf-16le-windows-1252", input: u16le, args: []string{"--encoding", "windows-1252"}, code: exitOK, stdout: ids,
			stderr:    []string{"input read as UTF-16 (by its byte-order mark, which wins over --encoding windows-1252)\n"},
			notStderr: []string{"without a byte-order mark"}},
		{name: "utf-16be-iso-8859-15", input: u16be, args: []string{"--encoding", "latin9"}, code: exitOK, stdout: ids,
			stderr: []string{"UTF-16 (by its byte-order mark, which wins over --encoding iso-8859-15)"}},
		{name: "utf-16le-iso-8859-1", input: u16le, args: []string{"--encoding", "iso-8859-1"}, code: exitOK, stdout: ids},
		{name: "utf-16le-utf-8", input: u16le, args: []string{"--encoding", "utf-8"}, code: exitOK, stdout: ids,
			stderr: []string{"input read as UTF-16 (by its byte-order mark)\n"}},
		{name: "utf-8-windows-1252", input: u8, args: []string{"--encoding", "windows-1252"}, code: exitOK, stdout: ids,
			stderr: []string{"input read as UTF-8 (by its byte-order mark, which wins over --encoding windows-1252)\n"}},
		{name: "utf-8-utf-16", input: u8, args: []string{"--encoding", "utf-16"}, code: exitOK, stdout: ids,
			stderr: []string{"UTF-8 (by its byte-order mark, which wins over --encoding utf-16)"}},
		{name: "utf-8-bom-default", input: u8, code: exitOK, stdout: ids, notStderr: []string{"input read as"}},
	})
}

// TestTruncatedNotUTF8: a last row without its line break that is also not UTF-8 is one truncated
// reject, with no encoding hint of its own (a cut may split a character): reason, note and summary
// agree. An earlier invalid-utf8 row keeps its hint.
func TestTruncatedNotUTF8(t *testing.T) {
	head := edgeHeader + "\n1,A,B,A,B\n"
	runEdge(t, []edgeCase{
		{name: "windows-1252-last-row", input: head + "2,J\xfcrgen,B,A,B", code: exitFailure,
			stderr:    []string{"custmatch batch: rejected line 3 (row 2): truncated\n", "2 rows: 1 evaluated (1 approve, 0 decline, 0 review), 1 rejected"},
			notStderr: []string{"looks like", "invalid-utf8"}},
		{name: "utf-8-cut-inside-a-character", input: head + "2,A,B,A,M\xc3", code: exitFailure,
			stderr:    []string{"rejected line 3 (row 2): truncated\n"},
			notStderr: []string{"looks like", "invalid-utf8"}},
		{name: "earlier-invalid-row-keeps-the-hint", input: head + "2,J\xfcrgen,B,A,B\n3,J\xfcrgen,B,A,B", code: exitFailure,
			stderr: []string{"rejected line 3 (row 2): invalid-utf8 (the input is not UTF-8; it looks like windows-1252: try --encoding windows-1252)\n",
				"rejected line 4 (row 3): truncated\n",
				"custmatch batch: invalid-utf8 rejects: 1; the input looks like windows-1252 (try --encoding windows-1252)\n"}},
		{name: "invalid-last-row-with-line-break", input: head + "2,J\xfcrgen,B,A,B\n", code: exitFailure,
			stderr: []string{"rejected line 3 (row 2): invalid-utf8 (the input is not UTF-8", "invalid-utf8 rejects: 1;"}},
	})
}

// TestUndecodableInput: what the encoding read cannot decode (an unpaired UTF-16 surrogate, a byte
// windows-1252 or ISO-8859-15 leaves undefined) makes its row an invalid-utf8 reject, as bad UTF-8 does,
// never a value silently holding U+FFFD; the first such reject's note names the encoding.
func TestUndecodableInput(t *testing.T) {
	u16 := func(s string) string {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
		require.NoError(t, err)
		return b
	}
	loneSurrogate := string([]byte{0x00, 0xd8})                                      // U+D800 little-endian, unpaired
	body := u16(edgeHeader+"\n1") + loneSurrogate + u16(",A,B,A,B\n2,A,B,A,B\n")[2:] // [2:]: no second mark
	runEdge(t, []edgeCase{
		{name: "utf-16-lone-surrogate", input: body, code: exitFailure,
			stderr: []string{"custmatch batch: rejected line 2 (row 1): invalid-utf8 (the input is not valid utf-16: bytes it cannot decode)\n",
				"2 rows: 1 evaluated (1 approve, 0 decline, 0 review), 1 rejected"},
			notStderr: []string{"looks like"},
			stdout:    []string{"\n2,approve,"}},
		{name: "utf-8-equivalent", input: edgeHeader + "\n1\xed\xa0\x80,A,B,A,B\n2,A,B,A,B\n", code: exitFailure,
			stderr: []string{"rejected line 2 (row 1): invalid-utf8"}},
		{name: "windows-1252-undefined-byte", input: edgeHeader + "\n1,A\x81,B,A,B\n2,A,B,A,B\n3,\x9d,B,A,B\n", args: []string{"--encoding", "windows-1252"}, code: exitFailure,
			stderr: []string{"rejected line 2 (row 1): invalid-utf8 (the input is not valid windows-1252: bytes it cannot decode)\n",
				"rejected line 4 (row 3): invalid-utf8\n", "3 rows: 1 evaluated"}},
		{name: "iso-8859-15-c1-byte", input: edgeHeader + "\n1,\x80uro,B,A,B\n", args: []string{"--encoding", "iso-8859-15"}, code: exitFailure,
			stderr: []string{"rejected line 2 (row 1): invalid-utf8 (the input is not valid iso-8859-15: bytes it cannot decode)\n"}},
		{name: "iso-8859-1-c1-byte-is-defined", input: edgeHeader + "\n1,\x80uro,B,\x80uro,B\n", args: []string{"--encoding", "iso-8859-1"}, code: exitOK},
		{name: "utf-16-clean", input: u16(edgeHeader + "\n1,Zoë,B,Zoë,B\n"), code: exitOK, stdout: []string{"\n1,approve,"}},
	})
}

// TestNowRange: --now outside 1900-01-01..2200-12-31 is a usage error in every subcommand that takes
// it: 0001-01-01 (the zero time, which would silently mean today) and 1800-01-01 (every date of birth
// refused) included; the bounds themselves are accepted.
func TestNowRange(t *testing.T) {
	const input = "id,merchant_first_name,merchant_last_name,merchant_dob,provider_first_name,provider_last_name,provider_dob\n" +
		"1,A,B,1900-01-01,A,B,1900-01-01\n"
	for _, c := range []struct {
		now  string
		code int
	}{
		{"0001-01-01", exitUsage}, {"1800-01-01", exitUsage}, {"1899-12-31", exitUsage}, {"2201-01-01", exitUsage}, {"9999-12-31", exitUsage},
		{"1900-01-01", exitOK}, {"2200-12-31", exitOK}, {"2026-01-01", exitOK},
	} {
		t.Run(c.now, func(t *testing.T) {
			for _, cmd := range [][]string{
				{"batch", "--progress", "never"},
				{"compare", "--merchant-first", "A", "--merchant-last", "B", "--provider-first", "A", "--provider-last", "B"},
				{"policy"},
			} {
				var stdout, stderr bytes.Buffer
				code := run(append(cmd, "--now", c.now), strings.NewReader(input), &stdout, &stderr)
				assert.Equal(t, c.code, code, "%s: %s", cmd[0], stderr.String())
				if c.code == exitUsage {
					assert.Contains(t, stderr.String(), "custmatch "+cmd[0]+": --now: want a date from 1900-01-01 to 2200-12-31\n")
				}
			}
		})
	}
}
