package serve

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/custmatch/custmatch/match"
)

// maxIDBytes caps a batch line's id.
const maxIDBytes = 128

var batchWriters = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 32<<10) }}

// handleBatch serves POST /v1/batch: JSON Lines in, one JSON line out per input line, in input order,
// written as the input is read (the request is full duplex: the client must read while it sends, as
// libcurl, Go's net/http and Java's HttpClient do). Memory is one input line (at most MaxLineBytes)
// and one output buffer, whatever the number of lines. A whitespace-only line is not a record and gives
// no output; every other line gives exactly one output line, an evaluation or an error for its id. A
// body that cannot be read to its end (timeout, client gone) ends the output with a line without an id
// whose error is body-read; the lines before it stand.
func (s *Server) handleBatch(st *reqState, w http.ResponseWriter, r *http.Request) {
	if e := checkMediaType(r, "application/x-ndjson", "application/jsonl", "application/json"); e != nil {
		s.fail(st, w, e)
		return
	}
	rc := http.NewResponseController(w)
	rc.EnableFullDuplex() // HTTP/2 is always full duplex; the error only says so
	h := w.Header()
	h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	if rc.Flush() != nil {
		return
	}

	br := bufio.NewReaderSize(r.Body, s.cfg.MaxLineBytes)
	bw := batchWriters.Get().(*bufio.Writer)
	bw.Reset(w)
	defer func() {
		bw.Reset(nil)
		batchWriters.Put(bw)
	}()
	accept := r.Header.Get("Accept-Language")
	var out []byte
	lineNo := 0
	for {
		// A stream is cut only when it stalls: each line gets the full timeouts.
		now := time.Now()
		rc.SetReadDeadline(now.Add(s.cfg.ReadTimeout))
		rc.SetWriteDeadline(now.Add(s.cfg.WriteTimeout))
		if br.Buffered() == 0 && bw.Buffered() > 0 {
			// The next read may wait for the client: let it see the answers so far.
			if bw.Flush() != nil || rc.Flush() != nil {
				return
			}
		}
		line, read, tooLong, err := readLine(br)
		if err != nil && err != io.EOF {
			// A line cut by a failed read is not a line: answer the failure in its place.
			e := reqErr(CodeBodyRead, "", "the body could not be read to its end; the lines before this one were answered")
			st.code = e.Code
			s.metrics.errors.WithLabelValues(string(e.Code)).Inc()
			out = append(out[:0], `{"id":null,"line":`...)
			out = strconv.AppendInt(out, int64(lineNo+1), 10)
			out = append(out, `,"error":`...)
			out = appendErrorObject(out, e)
			bw.Write(append(out, "}\n"...))
			break
		}
		if read {
			lineNo++
		}
		if len(line) > 0 || tooLong {
			out = s.batchLine(st, out[:0], lineNo, line, tooLong, accept)
			if _, werr := bw.Write(out); werr != nil {
				return // the client is gone; nothing can be told to it
			}
		}
		if err == io.EOF {
			break
		}
	}
	bw.Flush()
}

// readLine returns the next line without its line break (and a CR before it); read reports whether
// there was one (a blank line is a line, the end of the body is not). A line longer than the reader's
// buffer is consumed to its end without being kept: tooLong is set and line is nil. err is io.EOF at
// the end of the body (line may still hold a last line without a line break).
func readLine(br *bufio.Reader) (line []byte, read, tooLong bool, err error) {
	line, err = br.ReadSlice('\n')
	for errors.Is(err, bufio.ErrBufferFull) {
		tooLong, line = true, nil
		_, err = br.ReadSlice('\n')
	}
	if tooLong {
		return nil, true, true, err
	}
	read = len(line) > 0
	line = bytes.TrimSuffix(line, []byte{'\n'})
	line = bytes.TrimSuffix(line, []byte{'\r'})
	if onlySpace(line) {
		line = line[:0]
	}
	return line, read, false, err
}

// batchLine evaluates one non-blank line and appends its output line to out.
func (s *Server) batchLine(st *reqState, out []byte, lineNo int, line []byte, tooLong bool, accept string) []byte {
	var req BatchLine
	var e *Error
	if tooLong {
		e = reqErr(CodeLineTooLong, "", errorf("the line is over %d bytes", s.cfg.MaxLineBytes))
	} else {
		e = decodeStrict(line, &req, lineKeys)
	}
	var id []byte
	if e == nil {
		var ok bool
		if id, ok = lineID(out, req.ID); !ok {
			e, id = reqErr(CodeInvalidID, "id", errorf("want a string or a number of at most %d bytes", maxIDBytes)), nil
		}
	} else if !tooLong {
		limit := int64(len(line))
		if e.Offset >= 0 {
			limit = e.Offset
		}
		id, _ = lineID(out, salvageID(line, limit))
	}
	id = append([]byte(nil), id...) // out is reused below
	var res result
	if e == nil {
		res, e = s.evaluate(&req.CompareRequest, accept)
	}
	st.lines++
	if len(id) == 0 {
		id = append(id, "null"...)
	}
	var num [20]byte
	before := [2]match.JSONMember{{Name: "id", Value: id}, {Name: "line", Value: strconv.AppendInt(num[:0], int64(lineNo), 10)}}
	if e != nil {
		st.lineErrs++
		s.metrics.lines.WithLabelValues("error").Inc()
		s.metrics.errors.WithLabelValues(string(e.Code)).Inc()
		out = append(out[:0], `{"id":`...)
		out = append(out, id...)
		out = append(out, `,"line":`...)
		out = append(out, before[1].Value...)
		out = append(out, `,"error":`...)
		out = appendErrorObject(out, e)
		return append(out, "}\n"...)
	}
	s.metrics.lines.WithLabelValues("evaluated").Inc()
	s.metrics.decision(&res.v)
	out = appendResult(out[:0], &res, before[:])
	return append(out, '\n')
}

// lineID returns the id to echo, as JSON: a string (re-encoded) or a number, at most maxIDBytes.
// An absent or null id gives nil, true.
func lineID(scratch []byte, raw json.RawMessage) ([]byte, bool) {
	if !present(raw) {
		return nil, true
	}
	if len(raw) > maxIDBytes+2 {
		return nil, false
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if json.Unmarshal(raw, &s) != nil || len(s) > maxIDBytes {
			return nil, false
		}
		return match.AppendJSONString(scratch[:0], s), true
	case c == '-' || c >= '0' && c <= '9':
		var n json.Number
		if json.Unmarshal(raw, &n) != nil {
			return nil, false
		}
		return append(scratch[:0], n...), true
	}
	return nil, false
}

// salvageID reads the top-level "id" of a line that failed to decode, when it ends before the problem
// (byte offset limit), so that the error line can name it: an id that holds the problem is not read.
func salvageID(line []byte, limit int64) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil
		}
		if key == "id" {
			if dec.InputOffset() > limit {
				return nil
			}
			return v
		}
	}
	return nil
}
