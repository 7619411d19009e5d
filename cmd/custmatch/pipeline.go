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

// countingReader counts the bytes read through it into n. Like any io.Reader it is used by one
// goroutine; only n is shared.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// execute runs the batch over in and returns the exit code. rej is nil for rejects on stderr.
func (c *batchCmd) execute(in io.Reader, size int64, out, rej *bufio.Writer, stderr io.Writer) int {
	const name = "custmatch batch"
	start := time.Now()
	var cnt counter
	br := bufio.NewReaderSize(countingReader{in, &cnt.bytes}, 64<<10)
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
	w := &writer{c: c, out: out, rej: rej, stderr: stderr, cnt: &cnt}
	if err := w.header(); err != nil {
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", name, err)
		return exitFailure
	}
	stopProgress := startProgress(c.progress, stderr, size, &cnt, start)
	var readErr error
	if c.workers == 1 {
		readErr = c.sequential(r, w)
	} else {
		readErr = c.parallel(r, w)
	}
	stopProgress()
	w.flush()
	code := exitOK
	if readErr != nil {
		fmt.Fprintf(stderr, "%s: reading the input: %v\n", name, readErr)
		code = exitFailure
	}
	if w.err != nil {
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", name, w.err)
		code = exitFailure
	}
	if w.total.rejected > 0 {
		code = exitFailure
	}
	w.total.summary(stderr, time.Since(start))
	return code
}

// reader fills batches from the CSV reader, numbering data rows from 1. It is used by the one reading
// goroutine.
type reader struct {
	r    *csv.Reader
	cols [numCols]int
	row  int
	eof  bool
}

// fill replaces b's items with up to batchRows data rows. It returns an I/O error (parse errors become
// rejects); r.eof is set at the end of the input.
func (rd *reader) fill(b *batch) error {
	b.items = b.items[:0]
	for len(b.items) < batchRows {
		rec, err := rd.r.Read()
		if errors.Is(err, io.EOF) {
			rd.eof = true
			return nil
		}
		if err != nil {
			if pe := parseError(err); pe != nil {
				rd.row++
				b.items = append(b.items, item{row: rd.row, line: pe.StartLine, reason: parseReason(pe.Err)})
				continue
			}
			rd.eof = true
			return err
		}
		rd.row++
		line, _ := rd.r.FieldPos(0)
		b.items = append(b.items, item{row: rd.row, line: line})
		it := &b.items[len(b.items)-1]
		for _, f := range rec {
			if !utf8.ValidString(f) {
				it.reason = "invalid-utf8"
				break
			}
		}
		if it.reason == "" {
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
	}
	return nil
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
	for i := range b.items {
		it := &b.items[i]
		if it.reason != "" {
			b.stats.rejected++
			continue
		}
		v := c.m.Compare(it.merchant, it.provider)
		failing := v.Failing()
		b.stats.add(v.Decision, failing)
		b.out = c.appendRow(b.out, it, &v, failing)
	}
}

// sequential reads, compares and writes in the calling goroutine (--workers 1).
func (c *batchCmd) sequential(r *csv.Reader, w *writer) error {
	rd := &reader{r: r, cols: c.cols}
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
func (c *batchCmd) parallel(r *csv.Reader, w *writer) error {
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
	rd := &reader{r: r, cols: c.cols}
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
