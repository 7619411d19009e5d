package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

// writer writes finished batches: output rows to out, rejects to rej (or stderr), and adds up the
// counts. It is used by one goroutine at a time; the first write error is kept in err and later
// batches are only counted.
type writer struct {
	c         *batchCmd
	out       *bufio.Writer
	delivered *lineCounter  // under out: the output lines that reached the destination
	rej       *bufio.Writer // nil: rejects go to stderr
	stderr    io.Writer
	cnt       *counter
	total     stats
	expect    expectReport // batch --expect
	err       error
	errRej    bool // err came from writing the rejects (file or stderr), not the output
}

// header writes the CSV header lines of the output and of the rejects file.
func (w *writer) header() error {
	if w.rej != nil {
		w.rej.WriteString("line,row,reason,note\n")
	}
	if w.c.jsonl {
		return nil
	}
	w.out.WriteString("id,decision,failing")
	for f := range match.Field(match.NumFields) {
		fmt.Fprintf(w.out, ",%[1]s_status,%[1]s_score,%[1]s_reasons", f)
	}
	if w.c.msg.enabled() {
		w.out.WriteString(",message")
	}
	_, err := w.out.WriteString("\n")
	return err
}

// flush flushes the output and the rejects file, keeping the first error.
func (w *writer) flush() {
	if w.err == nil {
		w.err = w.out.Flush()
	}
	if w.err == nil && w.rej != nil {
		w.err = w.rej.Flush()
		w.errRej = w.err != nil
	}
}

// failure describes w.err in one line, without any input value: which stream failed, and for the output
// how many data rows reached it before it failed (a consumer may have read fewer: a pipe buffers).
func (w *writer) failure() string {
	if w.errRej {
		return fmt.Sprintf("writing the rejects: %v; stopped, the rejects are incomplete", w.err)
	}
	rows := w.delivered.lines
	if !w.c.jsonl && rows > 0 {
		rows-- // the header line
	}
	if errors.Is(w.err, syscall.EPIPE) {
		return fmt.Sprintf("output closed (broken pipe) after %d rows; stopped, the output is incomplete", rows)
	}
	return fmt.Sprintf("writing the output: %v; stopped after %d rows, the output is incomplete", w.err, rows)
}

// lineCounter passes writes through to w and counts the complete lines w accepted. With quoted set it
// reads CSV: a line break inside a quoted cell does not end a line (an escaped quote "" toggles twice).
// Without it (JSON Lines) every line break ends a line. It is used by one goroutine at a time.
type lineCounter struct {
	w       io.Writer
	quoted  bool
	inQuote bool
	lines   int64
}

func (l *lineCounter) Write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	q := p[:n]
	if !l.quoted || (!l.inQuote && bytes.IndexByte(q, '"') < 0) {
		l.lines += int64(bytes.Count(q, []byte{'\n'}))
		return n, err
	}
	for _, ch := range q {
		switch {
		case ch == '"':
			l.inQuote = !l.inQuote
		case ch == '\n' && !l.inQuote:
			l.lines++
		}
	}
	return n, err
}

// write writes one processed batch.
func (w *writer) write(b *batch) {
	w.total.merge(&b.stats)
	w.expect.add(b)
	w.cnt.rows.Add(int64(len(b.items)))
	if w.err != nil {
		return
	}
	if _, err := w.out.Write(b.out); err != nil {
		w.err = err
		return
	}
	if b.stats.rejected == 0 {
		return
	}
	for i := range b.items {
		it := &b.items[i]
		if it.reason == "" {
			continue
		}
		var err error
		if w.rej != nil {
			line := fmt.Appendf(nil, "%d,%d,%s,", it.line, it.row, it.reason)
			_, err = w.rej.Write(append(appendCell(line, it.note), '\n'))
		} else if it.note != "" {
			_, err = fmt.Fprintf(w.stderr, "custmatch batch: rejected line %d (row %d): %s (%s)\n", it.line, it.row, it.reason, it.note)
		} else {
			_, err = fmt.Fprintf(w.stderr, "custmatch batch: rejected line %d (row %d): %s\n", it.line, it.row, it.reason)
		}
		if err != nil {
			w.err, w.errRej = err, true
			return
		}
	}
}

// appendRow appends the output row for one evaluated item.
// failing is v.Failing(), computed once by the caller.
func (c *batchCmd) appendRow(buf []byte, it *item, v *match.Verdict, failing []match.Field) []byte {
	id := it.id
	if c.cols[colID] < 0 {
		id = strconv.Itoa(it.row)
	}
	var text string
	if c.msg.enabled() {
		text = messages.Render(*v, c.tag, c.msg.opts).Text
	}
	if c.jsonl {
		return appendJSONRow(buf, id, it.row, v, c.values, c.msg.enabled(), text)
	}
	buf = appendCell(buf, id)
	buf = append(buf, ',')
	buf = append(buf, v.Decision.String()...)
	buf = append(buf, ',')
	for i, f := range failing {
		if i > 0 {
			buf = append(buf, ';')
		}
		buf = append(buf, f.String()...)
	}
	for i := range v.Fields {
		r := &v.Fields[i]
		buf = append(buf, ',')
		buf = append(buf, r.Status.String()...)
		buf = append(buf, ',')
		if r.Scored {
			buf = appendScore(buf, r.Score)
		}
		buf = append(buf, ',')
		buf = r.AppendReasons(buf, ";")
	}
	if c.msg.enabled() {
		buf = append(buf, ',')
		buf = appendCell(buf, text)
	}
	return append(buf, '\n')
}

// appendScore appends a score with 4 decimals, as strconv.AppendFloat(buf, score, 'f', 4, 64) does; the
// two most frequent scores (1 for exact matches, 0) skip the float formatting.
func appendScore(buf []byte, score float64) []byte {
	switch score {
	case 1:
		return append(buf, "1.0000"...)
	case 0:
		return append(buf, "0.0000"...)
	}
	return strconv.AppendFloat(buf, score, 'f', 4, 64)
}

// appendJSONRow appends one JSON Lines object: {"id":…,"row":N, then the verdict's own members
// (redacted unless values: match's JSON then leaves the raw values out, never writes them as ""), then
// "message" when withMessage. match.AppendJSONString escapes invisible and text-moving characters.
func appendJSONRow(buf []byte, id string, row int, v *match.Verdict, values, withMessage bool, text string) []byte {
	var scratch [128]byte // id and row, encoded; a longer id grows onto the heap
	sc := match.AppendJSONString(scratch[:0], id)
	n := len(sc)
	sc = strconv.AppendInt(sc, int64(row), 10)
	before := [2]match.JSONMember{{Name: "id", Value: sc[:n:n]}, {Name: "row", Value: sc[n:]}}
	var after []match.JSONMember
	if withMessage {
		after = []match.JSONMember{{Name: "message", Value: match.AppendJSONString(nil, text)}}
	}
	if values {
		buf = v.AppendJSON(buf, before[:], after)
	} else {
		red := v.Redacted()
		buf = red.AppendJSON(buf, before[:], after)
	}
	return append(buf, '\n')
}

// escapeFormula prefixes a single quote to a cell a spreadsheet would run as a formula (OWASP CSV
// injection: a leading = + - @ tab or CR), also when characters not shown as themselves
// (textrule.Hidden: controls such as NUL, DEL and C1, invisible format characters such as zero-width
// and bidi ones, the interlinear annotation marks) come before the formula character: a spreadsheet
// may drop them and run the rest.
func escapeFormula(s string) string {
	if s == "" {
		return s
	}
	if strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || !textrule.Hidden(r) {
			break
		}
		i += n
	}
	if i > 0 && i < len(s) && strings.IndexByte("=+-@", s[i]) >= 0 {
		return "'" + s
	}
	return s
}

// appendCell appends s as one CSV cell: formula-escaped, and quoted when it holds a comma, a quote, a
// line break or leading space (the encoding/csv.Writer rules).
func appendCell(buf []byte, s string) []byte {
	s = escapeFormula(s)
	if !needsQuotes(s) {
		return append(buf, s...)
	}
	buf = append(buf, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		buf = append(buf, s[:i+1]...)
		buf = append(buf, '"')
		s = s[i+1:]
	}
	buf = append(buf, s...)
	return append(buf, '"')
}

// needsQuotes reports whether a cell must be quoted: it holds a comma, a quote or a line break, or starts
// with a space or tab.
func needsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[0] == '\t' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}
