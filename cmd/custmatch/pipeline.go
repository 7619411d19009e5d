package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/custmatch/custmatch/match"
)

// batchRows is the number of rows handed to a worker at once.
const batchRows = 512

// item is one data row: a record to compare, or a reject (reason set). It belongs to its batch.
type item struct {
	row, line int
	reason    string // reject reason code; "" for a row to compare
	id        string
	merchant  match.Record
	provider  match.Record
}

// batch is a run of consecutive data rows with its sequence number, the output formatted for it and its
// counts. A batch is owned by one goroutine at a time (reader, then worker, then writer) and recycled.
type batch struct {
	seq   int
	items []item
	out   []byte
	stats stats
}

// counter is the progress state shared with the progress goroutine; its fields are atomic, safe for
// concurrent use.
type counter struct {
	bytes atomic.Int64 // input bytes read
	rows  atomic.Int64 // data rows written (evaluated or rejected)
}

// maxRowBytes bounds the input one data row may span. encoding/csv holds a whole record in memory, and an
// unclosed quote makes the rest of the input one record; past this size the run stops with an error
// instead of reading an unbounded record into memory. A real row is a few hundred bytes (names are unusable
// past 256 runes).
const maxRowBytes = 1 << 20

// errRowTooLong is returned by countingReader when one data row needs more than maxRowBytes of input.
var errRowTooLong = errors.New("row too long")

// countingReader counts the bytes read through it into n, remembers the last byte read (to tell whether
// the input ends with a line break) and enforces the per-row budget set by startRow. Like any io.Reader it
// is used by one goroutine; only n is shared.
type countingReader struct {
	r      io.Reader
	n      *atomic.Int64
	last   byte  // last byte read so far
	budget int64 // bytes the current row may still pull from r
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.budget <= 0 {
		return 0, errRowTooLong
	}
	n, err := c.r.Read(p)
	if n > 0 {
		c.n.Add(int64(n))
		c.last = p[n-1]
		c.budget -= int64(n)
	}
	return n, err
}

// startRow gives the next row its budget: maxRowBytes plus one buffer of read-ahead.
func (c *countingReader) startRow() { c.budget = maxRowBytes + readBuffer }

// readBuffer is the size of the input buffer.
const readBuffer = 64 << 10

// execute runs the batch over in and returns the exit code. rej is nil for rejects on stderr.
func (c *batchCmd) execute(in io.Reader, size int64, out *bufio.Writer, delivered *lineCounter, rej *bufio.Writer, stderr io.Writer) int {
	const name = "custmatch batch"
	start := time.Now()
	var cnt counter
	src := &countingReader{r: in, n: &cnt.bytes}
	src.startRow()
	br := bufio.NewReaderSize(src, readBuffer)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	r := csv.NewReader(br)
	r.Comma = c.comma
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		switch {
		case errors.Is(err, io.EOF):
			return usageError(stderr, name, "the input is empty (want a header row)")
		case errors.As(err, &pe):
			return usageError(stderr, name, fmt.Sprintf("unreadable header row (line %d: %s)", pe.StartLine, parseReason(pe.Err)))
		}
		fmt.Fprintf(stderr, "%s: reading the input: %v\n", name, err)
		return exitFailure
	}
	if err := c.resolveHeader(header); err != nil {
		return usageError(stderr, name, err.Error())
	}
	w := &writer{c: c, out: out, delivered: delivered, rej: rej, stderr: stderr, cnt: &cnt}
	if err := w.header(); err != nil {
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", name, err)
		return exitFailure
	}
	stopProgress := startProgress(c.progress, stderr, size, &cnt, start)
	rd := &reader{r: r, br: br, src: src, cols: c.cols}
	var readErr error
	if c.workers == 1 {
		readErr = c.sequential(rd, w)
	} else {
		readErr = c.parallel(rd, w)
	}
	stopProgress()
	w.flush()
	code := exitOK
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
		code = exitFailure
	}
	if w.err != nil {
		// The run stopped early: the summary would describe rows that never reached the output.
		fmt.Fprintf(stderr, "%s: %s\n", name, w.failure())
		return exitFailure
	}
	if w.total.rejected > 0 {
		code = exitFailure
	}
	w.total.summary(stderr, time.Since(start))
	return c.report.finish(code, readErr, time.Since(start), stderr)
}

// reader fills batches from the CSV reader, numbering data rows from 1. It is used by the one reading
// goroutine.
type reader struct {
	r        *csv.Reader
	br       *bufio.Reader   // the buffer r reads from, to look for the end of the input
	src      *countingReader // what br reads from
	cols     [numCols]int
	row      int
	eof      bool
	unclosed [2]int // first and last line of a quoted field left open at the end of the input
}

// reasonTruncated is the reject reason of a last row that the input does not end with a line break after.
const reasonTruncated = "truncated"

// fill replaces b's items with up to batchRows data rows. It returns an I/O error (parse errors become
// rejects); r.eof is set at the end of the input.
func (rd *reader) fill(b *batch) error {
	b.items = b.items[:0]
	for len(b.items) < batchRows {
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
				return err
			}
		}
		rd.row++
		if pe != nil {
			b.items = append(b.items, item{row: rd.row, line: pe.StartLine, reason: parseReason(pe.Err)})
		} else {
			line, _ := rd.r.FieldPos(0)
			b.items = append(b.items, item{row: rd.row, line: line})
			rd.set(&b.items[len(b.items)-1], rec)
		}
		end, err := rd.atEnd()
		if err != nil {
			rd.eof = true
			return err
		}
		if end {
			// The last row: without a line break after it, the input may have been cut inside it.
			if rd.src.last != '\n' {
				b.items[len(b.items)-1].reason = reasonTruncated
			}
			if pe != nil && errors.Is(pe.Err, csv.ErrQuote) && pe.Line > pe.StartLine {
				rd.unclosed = [2]int{pe.StartLine, pe.Line}
			}
		}
	}
	return nil
}

// set fills it from a parsed record, or rejects it for invalid UTF-8.
func (rd *reader) set(it *item, rec []string) {
	for _, f := range rec {
		if !utf8.ValidString(f) {
			it.reason = "invalid-utf8"
			return
		}
	}
	var v [numCols]string
	for col, i := range rd.cols {
		if i >= 0 {
			v[col] = rec[i]
		}
	}
	it.id = v[colID]
	it.merchant = match.Record{FirstName: v[colMFirst], LastName: v[colMLast], DOB: v[colMDOB], Email: v[colMEmail]}
	it.provider = match.Record{FirstName: v[colPFirst], LastName: v[colPLast], DOB: v[colPDOB], Email: v[colPEmail]}
}

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

// process compares every row of b and formats its output. It is called by one goroutine per batch; the
// Matcher is shared and safe for concurrent use.
func (c *batchCmd) process(b *batch) {
	b.out = b.out[:0]
	b.stats = stats{}
	tally := c.report.c.Tally() // nil (a no-op) without --report
	defer c.report.c.Done(tally)
	for i := range b.items {
		it := &b.items[i]
		if it.reason != "" {
			b.stats.rejected++
			tally.Reject(it.reason)
			continue
		}
		v := c.m.Compare(it.merchant, it.provider)
		tally.Add(it.row, &v, it.merchant, it.provider)
		failing := v.Failing()
		b.stats.add(v.Decision, failing)
		b.out = c.appendRow(b.out, it, &v, failing)
	}
}

// sequential reads, compares and writes in the calling goroutine (--workers 1).
func (c *batchCmd) sequential(rd *reader, w *writer) error {
	b := &batch{items: make([]item, 0, batchRows)}
	for !rd.eof {
		err := rd.fill(b)
		c.process(b)
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
			for b := range jobs {
				c.process(b)
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
