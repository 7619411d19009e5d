package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/report"
)

// batchRows is the number of rows handed to a worker at once.
const batchRows = 512

// item is one data row: a record to compare, or a reject (reason set). It belongs to its batch.
type item struct {
	row, line int
	reason    string // reject reason code; "" for a row to compare
	note      string // a hint for the person reading the rejects (the likely encoding), usually ""
	id        string
	merchant  match.Record
	provider  match.Record
	exp       [2]string // batch --expect: expected_decision, expected_failing
}

// batch is a run of consecutive data rows with its sequence number, the output formatted for it and its
// counts. A batch is owned by one goroutine at a time (reader, then worker, then writer) and recycled.
type batch struct {
	seq   int
	items []item
	out   []byte
	stats stats
	diffs []expectDiff // batch --expect: the rows that differ
}

// counter is the progress state shared with the progress goroutine; its fields are atomic, safe for
// concurrent use.
type counter struct {
	bytes atomic.Int64 // input bytes read (as stored: compressed for gzip input)
	rows  atomic.Int64 // data rows written (evaluated or rejected)
}

// maxRowBytes bounds the input one data row may span. encoding/csv holds a whole record in memory, and an
// unclosed quote makes the rest of the input one record; past this size the run stops with an error
// instead of reading an unbounded record into memory. A real row is a few hundred bytes (names are unusable
// past 256 runes).
const maxRowBytes = 1 << 20

// errRowTooLong is returned by countingReader when one data row needs more than maxRowBytes of input.
var errRowTooLong = errors.New("row too long")

// countingReader remembers the last byte read (to tell whether the input ends with a line break) and
// enforces the per-row budget set by startRow. Like any io.Reader it is used by one goroutine.
type countingReader struct {
	r      io.Reader
	last   byte  // last byte read so far
	budget int64 // bytes the current row may still pull from r
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.budget <= 0 {
		return 0, errRowTooLong
	}
	n, err := c.r.Read(p)
	if n > 0 {
		c.last = p[n-1]
		c.budget -= int64(n)
	}
	return n, err
}

// startRow gives the next row its budget: maxRowBytes plus one buffer of read-ahead.
func (c *countingReader) startRow() { c.budget = maxRowBytes + readBuffer }

// readBuffer is the size of the input buffer.
const readBuffer = 64 << 10

// runResult is how a batch run ended: its exit code, whether the input was not read to its end
// (interrupted, or a read failure: the output files are kept as partial), and whether the output files
// are to be removed.
type runResult struct {
	code    int
	partial bool
	discard bool // remove the temporary files: a write failed, or nothing was written
}

// execute runs the batch over in and returns how it ended. rej.w is nil for rejects on stderr. sig
// interrupts the reading; regular says in is a regular file (its reads never block).
func (c *batchCmd) execute(in io.Reader, size int64, regular bool, out, rej *target, sig *signals, stderr io.Writer) runResult {
	const name = "custmatch batch"
	start := time.Now()
	var cnt counter
	done := make(chan struct{})
	defer close(done)
	stream, info, err := openStream(in, c.encoding, regular, &cnt.bytes, sig.stop, done)
	if err != nil {
		fmt.Fprintf(stderr, "%s: reading the input: %v\n", name, err)
		return runResult{code: exitFailure, discard: true}
	}
	src := &countingReader{r: stream}
	src.startRow()
	br := bufio.NewReaderSize(src, readBuffer)
	if bom, _ := br.Peek(3); bytes.Equal(bom, utf8BOM) {
		br.Discard(3)
	}
	if n, sep := sepLine(br); n > 0 {
		if sep == 0 && !c.delimSet {
			// Skipped silently it would shift every line number; read as the header, it would fail
			// further on with a misleading message.
			return runResult{code: usageError(stderr, name, errSepLine.Error()), discard: true}
		}
		br.Discard(n)
		info.sepLine, info.sep = true, sep
		c.lineOff = 1
		if !c.delimSet {
			c.comma = sep
		}
	}
	r := csv.NewReader(br)
	r.Comma = c.comma
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		switch {
		case errors.Is(err, errInterrupted):
			fmt.Fprintf(stderr, "%s: %s before the header was read; nothing was written\n", name, sigName(sig.interrupted()))
			return runResult{code: exitCodeFor(sig.interrupted()), discard: true}
		case errors.Is(err, io.EOF):
			return runResult{code: usageError(stderr, name, "the input is empty (want a header row)"), discard: true}
		case errors.As(err, &pe):
			return runResult{code: usageError(stderr, name, fmt.Sprintf("unreadable header row (line %d: %s)", pe.StartLine+c.lineOff, parseReason(pe.Err))), discard: true}
		case errors.Is(err, errRowTooLong):
			return runResult{code: usageError(stderr, name, fmt.Sprintf("unreadable header row (line %d: longer than %d bytes)", 1+c.lineOff, maxRowBytes)), discard: true}
		}
		fmt.Fprintf(stderr, "%s: reading the input: %v\n", name, err)
		return runResult{code: exitFailure, discard: true}
	}
	if err := c.resolveHeader(header); err != nil {
		return runResult{code: usageError(stderr, name, err.Error()), discard: true}
	}
	info.note(stderr, c)
	w := &writer{c: c, out: out.w, delivered: out.delivered, rej: rej.w, stderr: stderr, cnt: &cnt}
	if err := w.header(); err != nil {
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", name, err)
		return runResult{code: exitFailure, discard: true}
	}
	stopProgress := startProgress(c.progress, stderr, size, &cnt, start)
	rd := &reader{r: r, br: br, src: src, cols: c.cols, lineOff: c.lineOff, stop: &sig.stopped, enc: info.enc}
	var readErr error
	if c.workers == 1 {
		readErr = c.sequential(rd, w)
	} else {
		readErr = c.parallel(rd, w)
	}
	stopProgress()
	w.flush()
	res := runResult{code: exitOK}
	if rd.unclosed[0] > 0 {
		fmt.Fprintf(stderr, "%s: the quoted field opened on line %d is never closed: lines %d-%d are one rejected row (is the input truncated?)\n",
			name, rd.unclosed[0], rd.unclosed[0], rd.unclosed[1])
	}
	if readErr != nil {
		if errors.Is(readErr, errRowTooLong) {
			fmt.Fprintf(stderr, "%s: reading the input: data row %d is longer than %d bytes (an unclosed quote?); stopped, the rest of the input was not read\n",
				name, rd.row+1, maxRowBytes)
		} else {
			fmt.Fprintf(stderr, "%s: reading the input: %v; stopped after data row %d\n", name, readErr, rd.row)
		}
		res.code, res.partial = exitFailure, true
	}
	if w.err != nil {
		// The run stopped early: the summary would describe rows that never reached the output.
		fmt.Fprintf(stderr, "%s: %s\n", name, w.failure())
		return runResult{code: exitFailure, discard: true}
	}
	if w.total.rejected > 0 {
		res.code = exitFailure
	}
	w.total.summary(stderr, time.Since(start))
	if rd.hint != "" {
		fmt.Fprintf(stderr, "%s: invalid-utf8 rejects: %d; the input looks like %s (try --encoding %[3]s)\n", name, w.total.invalidUTF8, rd.hint)
	}
	if c.expect {
		res.code = w.expect.write(stderr, res.code)
	}
	var stopped string // why the run stopped before the end of the input, for the report
	if readErr != nil {
		stopped = "the input could not be read to the end"
		if errors.Is(readErr, errRowTooLong) {
			stopped = fmt.Sprintf("a data row is longer than %d bytes", maxRowBytes)
		}
	}
	if s := sig.interrupted(); s != 0 && rd.interrupted {
		fmt.Fprintf(stderr, "%s: %s: interrupted after %d rows; the rest of the input was not read\n", name, sigName(s), rd.row)
		res.code, res.partial = exitCodeFor(s), true
		stopped = fmt.Sprintf("interrupted by %s after %d rows", sigName(s), rd.row)
	}
	res.code = c.report.finish(res.code, stopped, time.Since(start), stderr)
	return res
}

// note tells on stderr how the input was read when that was not plain UTF-8 CSV.
func (info inputInfo) note(stderr io.Writer, c *batchCmd) {
	const name = "custmatch batch"
	var parts []string
	if info.gzip {
		parts = append(parts, "gzip-compressed")
	}
	switch {
	case info.notEnc != "" && info.utf16:
		parts = append(parts, fmt.Sprintf("UTF-16 (by its byte-order mark, which wins over --encoding %s)", info.notEnc))
	case info.notEnc != "":
		parts = append(parts, fmt.Sprintf("UTF-8 (by its byte-order mark, which wins over --encoding %s)", info.notEnc))
	case info.utf16:
		parts = append(parts, "UTF-16 (by its byte-order mark)")
	}
	if info.crOnly {
		parts = append(parts, "CR-only line ends (Mac)")
	}
	if info.sepLine {
		switch {
		case info.sep == 0:
			parts = append(parts, "an Excel sep= line without a usable delimiter, skipped (--delimiter wins)")
		case c.delimSet && c.comma != info.sep:
			parts = append(parts, fmt.Sprintf("an Excel sep=%c line, skipped (--delimiter wins)", info.sep))
		default:
			parts = append(parts, fmt.Sprintf("an Excel sep=%c line: delimiter %q", info.sep, info.sep))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(stderr, "%s: input read as %s\n", name, strings.Join(parts, ", "))
	}
}

// reader fills batches from the CSV reader, numbering data rows from 1. It is used by the one reading
// goroutine.
type reader struct {
	r        *csv.Reader
	br       *bufio.Reader   // the buffer r reads from, to look for the end of the input
	src      *countingReader // what br reads from
	cols     [numCols]int
	lineOff  int          // added to the CSV reader's line numbers (an Excel sep= line)
	stop     *atomic.Bool // set by the first SIGINT or SIGTERM: read no further row
	enc      string       // the encoding read ("utf-8": not decoded, invalid bytes get an encoding hint)
	row      int
	eof      bool
	unclosed [2]int // first and last line of a quoted field left open at the end of the input

	interrupted bool   // reading stopped at a signal
	hint        string // the encoding guessed at the first invalid-utf8 reject of UTF-8 input, "" before
	noted       bool   // the first invalid-utf8 reject has its note
}

// reasonTruncated is the reject reason of a last row that the input does not end with a line break after.
const reasonTruncated = "truncated"

// batchBytes bounds the input bytes a batch keeps (besides its row count, batchRows): a batch is handed
// on once its rows hold this much, so the fixed set of batches in flight bounds memory in bytes whatever
// the rows' sizes.
const batchBytes = 1 << 20

// fill replaces b's items with up to batchRows data rows (fewer once they hold batchBytes). It returns an
// I/O error (parse errors become rejects); r.eof is set at the end of the input, and at a signal (with
// r.interrupted).
func (rd *reader) fill(b *batch) error {
	clear(b.items[:cap(b.items)]) // drop the strings of the batch's last use
	b.items = b.items[:0]
	held := 0
	for len(b.items) < batchRows && held < batchBytes {
		if rd.stop.Load() {
			rd.eof, rd.interrupted = true, true
			return nil
		}
		rd.src.startRow()
		rec, err := rd.r.Read()
		if errors.Is(err, io.EOF) {
			rd.eof = true
			return nil
		}
		var pe *csv.ParseError
		if err != nil {
			if pe = parseError(err); pe == nil {
				rd.eof = true
				if errors.Is(err, errInterrupted) {
					rd.interrupted = true
					return nil
				}
				return err
			}
		}
		rd.row++
		if pe != nil {
			b.items = append(b.items, item{row: rd.row, line: pe.StartLine + rd.lineOff, reason: parseReason(pe.Err)})
		} else {
			line, _ := rd.r.FieldPos(0)
			b.items = append(b.items, item{row: rd.row, line: line + rd.lineOff})
			held += rd.set(&b.items[len(b.items)-1], rec)
		}
		end, err := rd.atEnd()
		if err != nil {
			rd.eof = true
			if errors.Is(err, errInterrupted) {
				rd.interrupted = true
				return nil
			}
			return err
		}
		if end {
			// The last row: without a line break after it, the input may have been cut inside it.
			if rd.src.last != '\n' {
				it := &b.items[len(b.items)-1]
				if it.note != "" {
					// The encoding note came from this row, but a cut may have split a character:
					// its bytes are no evidence of the input's encoding (and the row is no
					// invalid-utf8 reject for the summary to count).
					it.note, rd.hint, rd.noted = "", "", false
				}
				it.reason = reasonTruncated
			}
			if pe != nil && errors.Is(pe.Err, csv.ErrQuote) && pe.Line > pe.StartLine {
				rd.unclosed = [2]int{pe.StartLine + rd.lineOff, pe.Line + rd.lineOff}
			}
		}
	}
	return nil
}

// set fills it from a parsed record, or rejects it for invalid UTF-8 (the first such reject carries a
// note: for a UTF-8 input the likely encoding, for a decoded one that it is not valid in its encoding).
// It keeps only the columns used: when the record holds much more (an ignored column of a megabyte),
// they are copied out, so the record's memory is not kept alive by the batch. It returns the bytes the
// item holds.
func (rd *reader) set(it *item, rec []string) int {
	total := 0
	for _, f := range rec {
		if !utf8.ValidString(f) {
			it.reason = reasonInvalidUTF8
			switch {
			case rd.noted:
			case rd.enc == "utf-8":
				rd.hint = encodingHint(rec)
				it.note = fmt.Sprintf("the input is not UTF-8; it looks like %s: try --encoding %[1]s", rd.hint)
			default:
				// A decoder's invalidByte: the input is not what --encoding (or its byte-order mark) says.
				it.note = fmt.Sprintf("the input is not valid %s: bytes it cannot decode", rd.enc)
			}
			rd.noted = true
			return 0
		}
		total += len(f)
	}
	var v [numCols]string
	kept := 0
	for col, i := range rd.cols {
		if i >= 0 {
			v[col] = rec[i]
			kept += len(rec[i])
		}
	}
	if total > 2*kept+256 {
		// encoding/csv backs all fields of a record by one string: copy the kept ones into their own.
		var sb strings.Builder
		sb.Grow(kept)
		for _, f := range v {
			sb.WriteString(f)
		}
		all := sb.String()
		for col := range v {
			n := len(v[col])
			v[col], all = all[:n], all[n:]
		}
		total = kept
	}
	it.id = v[colID]
	it.merchant = match.Record{FirstName: v[colMFirst], LastName: v[colMLast], DOB: v[colMDOB], Email: v[colMEmail]}
	it.provider = match.Record{FirstName: v[colPFirst], LastName: v[colPLast], DOB: v[colPDOB], Email: v[colPEmail]}
	it.exp = [2]string{v[colExpDecision], v[colExpFailing]}
	return total
}

// reasonInvalidUTF8 is the reject reason of a row with bytes that are not UTF-8.
const reasonInvalidUTF8 = "invalid-utf8"

// atEnd reports whether the input is exhausted after the row just read. It may wait for more input, as
// the next Read would. A read error other than EOF is returned (Peek would otherwise swallow it).
func (rd *reader) atEnd() (bool, error) {
	if rd.br.Buffered() > 0 {
		return false, nil
	}
	rd.src.startRow()
	_, err := rd.br.Peek(1)
	switch {
	case err == nil:
		return false, nil
	case errors.Is(err, io.EOF):
		return true, nil
	}
	return false, err
}

// parseError returns err as a *csv.ParseError, or nil for other errors (I/O).
func parseError(err error) *csv.ParseError {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe
	}
	return nil
}

// parseReason turns an encoding/csv error into a reject reason code.
func parseReason(err error) string {
	switch {
	case errors.Is(err, csv.ErrFieldCount):
		return "field-count"
	case errors.Is(err, csv.ErrQuote):
		return "quote"
	case errors.Is(err, csv.ErrBareQuote):
		return "bare-quote"
	}
	return "parse"
}

// phaseRows is how many rows process compares before it formats them. Comparing (with --report,
// comparing and counting) and formatting are each a large body of code; taking a few dozen rows through
// one before the other keeps each in the instruction cache, where alternating row by row made them evict
// each other (cachegrind on the benchmark file: I1 misses per row 56 → 14 without the report). More rows
// than this would push the verdicts (504 bytes each) out of the data cache.
const phaseRows = 32

// process compares every row of b and formats its output, counting the rows in tally for the report
// (nil, a no-op, without --report). It is called by one goroutine per batch, with that goroutine's
// Tally; the Matcher is shared and safe for concurrent use.
func (c *batchCmd) process(b *batch, tally *report.Tally) {
	b.out = b.out[:0]
	b.stats = stats{}
	b.diffs = b.diffs[:0]
	// The verdicts of a part's rows to compare, in order (a rejected row has none).
	var vs [phaseRows]match.Verdict
	var rows [phaseRows]report.Row // with --report
	for lo := 0; lo < len(b.items); lo += phaseRows {
		items := b.items[lo:min(lo+phaseRows, len(b.items))]
		n := 0
		for i := range items {
			it := &items[i]
			switch {
			case it.reason != "":
				continue
			case tally != nil:
				rows[n] = report.Row{Number: it.row, Merchant: it.merchant, Provider: it.provider}
			default:
				vs[n] = c.m.Compare(it.merchant, it.provider)
			}
			n++
		}
		if tally != nil {
			tally.CompareRows(vs[:n], rows[:n])
		}
		n = 0
		for i := range items {
			it := &items[i]
			if it.reason != "" {
				b.stats.rejected++
				if it.reason == reasonInvalidUTF8 {
					b.stats.invalidUTF8++
				}
				tally.Reject(it.reason)
				continue
			}
			v := &vs[n]
			n++
			failing := v.Failing()
			b.stats.add(v.Decision, failing)
			b.out = c.appendRow(b.out, it, v, failing)
			if c.expect {
				b.diffs = c.checkExpect(b.diffs, it, v, failing)
			}
		}
	}
}

// sequential reads, compares and writes in the calling goroutine (--workers 1).
func (c *batchCmd) sequential(rd *reader, w *writer) error {
	b := &batch{items: make([]item, 0, batchRows)}
	// One Tally for the whole run (merged into the report's totals once, at the end), not one per batch.
	tally := c.report.c.Tally()
	defer c.report.c.Done(tally)
	for !rd.eof {
		err := rd.fill(b)
		c.process(b, tally)
		w.write(b)
		if err != nil {
			return err
		}
		if w.err != nil {
			return nil
		}
	}
	return nil
}

// parallel reads batches in this goroutine, compares them in c.workers goroutines and writes them in
// input order from a writer goroutine. A fixed set of batches circulates (free → jobs → done → free), so
// memory stays constant whatever the input size, and the reorder buffer never holds more than that set.
func (c *batchCmd) parallel(rd *reader, w *writer) error {
	inFlight := 4 * c.workers
	free := make(chan *batch, inFlight)
	jobs := make(chan *batch, inFlight)
	done := make(chan *batch, inFlight)
	for range inFlight {
		free <- &batch{items: make([]item, 0, batchRows)}
	}
	var wg sync.WaitGroup
	for range c.workers {
		wg.Go(func() {
			// One Tally per worker for the whole run, merged into the report's totals when it ends.
			tally := c.report.c.Tally()
			defer c.report.c.Done(tally)
			for b := range jobs {
				c.process(b, tally)
				done <- b
			}
		})
	}
	var writerDone sync.WaitGroup
	var writeFailed atomic.Bool
	writerDone.Go(func() {
		pending := make(map[int]*batch, inFlight)
		next := 0
		for b := range done {
			pending[b.seq] = b
			for nb, ok := pending[next]; ok; nb, ok = pending[next] {
				delete(pending, next)
				w.write(nb)
				if w.err != nil {
					writeFailed.Store(true)
				}
				next++
				free <- nb
			}
		}
	})
	var err error
	for seq := 0; !rd.eof && err == nil && !writeFailed.Load(); seq++ {
		b := <-free
		b.seq = seq
		err = rd.fill(b)
		jobs <- b
	}
	close(jobs)
	wg.Wait()
	close(done)
	writerDone.Wait()
	return err
}
