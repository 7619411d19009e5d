package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// encodings are the values --encoding accepts, with their decoders' constructors (nil: UTF-8, read as
// it is). Every decoder is strict (see invalidByte).
var encodings = map[string]func() transform.Transformer{
	"utf-8":        nil,
	"utf-16":       func() transform.Transformer { return &utf16Decoder{} },
	"windows-1252": func() transform.Transformer { return byteDecoder{charmap.Windows1252} },
	"iso-8859-1":   func() transform.Transformer { return byteDecoder{charmap.ISO8859_1} },
	"iso-8859-15":  func() transform.Transformer { return byteDecoder{charmap.ISO8859_15} },
}

// invalidByte is what the decoders write for input their encoding cannot decode (an unpaired UTF-16
// surrogate, a lone last byte of UTF-16, a byte windows-1252 or ISO-8859-15 leaves undefined), where
// golang.org/x/text writes U+FFFD. It is never valid UTF-8, so the row holding it becomes an
// invalid-utf8 reject, as with bad UTF-8 input, instead of a value silently changed (an id or a name
// with U+FFFD in it).
const invalidByte = 0xFF

// utf16Decoder decodes UTF-16 into UTF-8 (a transform.Transformer): big-endian after the byte-order mark
// FE FF, little-endian after FF FE or without one; the mark itself is dropped. What is not UTF-16 becomes
// invalidByte, one for each unpaired surrogate or lone last byte. A utf16Decoder is stateful: one per
// stream, used by one goroutine; its zero value is ready to use.
type utf16Decoder struct {
	started   bool // the byte-order mark was looked for
	bigEndian bool
}

// Reset makes d ready for a new stream.
func (d *utf16Decoder) Reset() { *d = utf16Decoder{} }

// unit returns the code unit at the start of b (two bytes at least).
func (d *utf16Decoder) unit(b []byte) rune {
	if d.bigEndian {
		return rune(b[0])<<8 | rune(b[1])
	}
	return rune(b[1])<<8 | rune(b[0])
}

// Transform decodes src into dst.
func (d *utf16Decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if !d.started {
		if len(src) < 2 && !atEOF {
			return 0, 0, transform.ErrShortSrc
		}
		d.started = true
		switch {
		case bytes.HasPrefix(src, []byte{0xff, 0xfe}):
			nSrc = 2
		case bytes.HasPrefix(src, []byte{0xfe, 0xff}):
			d.bigEndian, nSrc = true, 2
		}
	}
	for nSrc < len(src) {
		r, size := rune(-1), 2
		switch rest := src[nSrc:]; {
		case len(rest) < 2 && !atEOF:
			return nDst, nSrc, transform.ErrShortSrc
		case len(rest) < 2:
			size = 1 // a lone last byte
		case !utf16.IsSurrogate(d.unit(rest)):
			r = d.unit(rest)
		case d.unit(rest) >= 0xdc00: // a low surrogate first: unpaired
		case len(rest) < 4 && !atEOF:
			return nDst, nSrc, transform.ErrShortSrc
		case len(rest) >= 4:
			if pair := utf16.DecodeRune(d.unit(rest), d.unit(rest[2:])); pair != utf8.RuneError {
				r, size = pair, 4
			}
		}
		if r < 0 {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = invalidByte
			nDst, nSrc = nDst+1, nSrc+size
			continue
		}
		if len(dst)-nDst < utf8.RuneLen(r) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// byteDecoder decodes a single-byte encoding into UTF-8 (a transform.Transformer), writing invalidByte
// for a byte the encoding leaves undefined. It holds no state: safe for concurrent use.
type byteDecoder struct{ cm *charmap.Charmap }

// Reset does nothing: a byteDecoder has no state.
func (byteDecoder) Reset() {}

// Transform decodes src into dst.
func (d byteDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for ; nSrc < len(src); nSrc++ {
		if b := src[nSrc]; b < utf8.RuneSelf { // the three are ASCII below 0x80
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = b
			nDst++
			continue
		}
		r := d.cm.DecodeByte(src[nSrc])
		if r == utf8.RuneError {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = invalidByte
			nDst++
			continue
		}
		if len(dst)-nDst < utf8.RuneLen(r) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
	}
	return nDst, nSrc, nil
}

// encodingNames lists the --encoding values for messages.
const encodingNames = "utf-8, utf-16, windows-1252, iso-8859-1, iso-8859-15"

// parseEncoding reads --encoding, accepting the usual aliases (utf8, cp1252, latin1, latin9).
func parseEncoding(s string) (string, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	switch name {
	case "utf8":
		name = "utf-8"
	case "utf16":
		name = "utf-16"
	case "cp1252", "windows1252":
		name = "windows-1252"
	case "latin1", "latin-1", "iso8859-1", "iso-8859-1":
		name = "iso-8859-1"
	case "latin9", "latin-9", "iso8859-15", "iso-8859-15":
		name = "iso-8859-15"
	}
	if _, ok := encodings[name]; !ok {
		return "", fmt.Errorf("--encoding: want one of %s", encodingNames)
	}
	return name, nil
}

// errInterrupted is returned by a stoppable reader once the run was interrupted by a signal.
var errInterrupted = errors.New("interrupted")

// rawCounter counts the bytes read from the input as it is (compressed or not) into n, for the progress
// line. It is used by one goroutine; only n is shared.
type rawCounter struct {
	r io.Reader
	n *atomic.Int64
}

func (c *rawCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// stoppable reads r in its own goroutine, so that a read blocked on a slow pipe or terminal can be
// abandoned: once stop is closed, Read returns errInterrupted as soon as no data is at hand. The
// goroutine ends at the end of r, or when done is closed. Read is used by one goroutine.
type stoppable struct {
	chunks  chan chunk
	free    chan []byte
	stop    <-chan struct{}
	cur     []byte // the unread part of the chunk at hand
	pending []byte // the chunk at hand, to give back to free
	err     error
}

type chunk struct {
	b   []byte
	err error
}

const stoppableChunk = 32 << 10

func newStoppable(r io.Reader, stop, done <-chan struct{}) *stoppable {
	s := &stoppable{chunks: make(chan chunk), free: make(chan []byte, 2), stop: stop}
	s.free <- make([]byte, stoppableChunk)
	s.free <- make([]byte, stoppableChunk)
	go func() {
		for {
			var buf []byte
			select {
			case buf = <-s.free:
			case <-done:
				return
			}
			n, err := r.Read(buf)
			select {
			case s.chunks <- chunk{buf[:n], err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return s
}

func (s *stoppable) Read(p []byte) (int, error) {
	for len(s.cur) == 0 {
		if s.err != nil {
			return 0, s.err
		}
		if s.pending != nil {
			s.free <- s.pending[:cap(s.pending)]
			s.pending = nil
		}
		select {
		case <-s.stop:
			s.err = errInterrupted
		case c := <-s.chunks:
			s.cur, s.pending, s.err = c.b, c.b, c.err
		}
	}
	n := copy(p, s.cur)
	s.cur = s.cur[n:]
	return n, nil
}

// crReader turns every CR into LF: the line ends of a CR-only file (Excel for Mac's "CSV (Macintosh)").
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// inputInfo is what openStream found out about the input, for the notes on stderr.
type inputInfo struct {
	gzip    bool   // gzip-compressed (by its magic bytes)
	utf16   bool   // a UTF-16 byte-order mark chose the decoder
	crOnly  bool   // CR-only line ends
	sepLine bool   // an Excel "sep=X" first line was read and skipped
	sep     rune   // its delimiter, 0 when it has none usable (skipped for --delimiter)
	enc     string // the encoding read
	notEnc  string // the --encoding a byte-order mark overrode, "" when none was
}

// utf8BOM is the UTF-8 encoding of the byte-order mark U+FEFF.
var utf8BOM = []byte("\xEF\xBB\xBF")

// openStream builds the decoding stack under the CSV reader: raw bytes (counted for the progress line;
// read in their own goroutine when stop can interrupt them), gzip when the input starts with its magic
// bytes, the --encoding decoder (UTF-16 or UTF-8, whatever --encoding says, when the input starts with
// their byte-order mark), CR-only line
// ends turned into LF. It returns the reader the CSV parser's budgeted countingReader wraps.
func openStream(in io.Reader, enc string, regular bool, n *atomic.Int64, stop, done <-chan struct{}) (io.Reader, inputInfo, error) {
	info := inputInfo{enc: enc}
	var r io.Reader = &rawCounter{r: in, n: n}
	if !regular {
		r = newStoppable(r, stop, done)
	}
	br := bufio.NewReaderSize(r, readBuffer)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, info, fmt.Errorf("gzip input: %w", err)
		}
		zr.Multistream(false)
		info.gzip = true
		br = bufio.NewReaderSize(&gzipMembers{zr: zr, src: br}, readBuffer)
	}
	// A byte-order mark wins over --encoding: it is in the input itself, and no text in the single-byte
	// encodings starts with one (windows-1252 would read "ÿþ" or "ï»¿" before the first header name).
	dec := encodings[enc]
	bom, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(bom, []byte{0xff, 0xfe}) || bytes.HasPrefix(bom, []byte{0xfe, 0xff}):
		if enc != "utf-8" && enc != "utf-16" {
			info.notEnc = enc
		}
		dec, info.utf16, info.enc = encodings["utf-16"], true, "utf-16"
	case bytes.Equal(bom, utf8BOM):
		// Left in place: execute discards it once the stream is decoded.
		if enc != "utf-8" {
			dec, info.notEnc, info.enc = nil, enc, "utf-8"
		}
	}
	if dec != nil {
		br = bufio.NewReaderSize(transform.NewReader(br, dec()), readBuffer)
	}
	if crOnly(br) {
		info.crOnly = true
		return crReader{br}, info, nil
	}
	return br, info, nil
}

// gzipMembers reads the members of a gzip stream one after the other, as gzip -d does, and ends at
// zero bytes after a member: the padding that tape and block tools (tar, dd conv=sync) leave, which
// gzip -d ignores too, and which a multistream gzip.Reader took for a broken next header. Anything else
// after a member that is not a member is the error it was.
type gzipMembers struct {
	zr  *gzip.Reader
	src *bufio.Reader // the compressed stream, positioned after the current member once it ends
}

// Read reads the decompressed stream: the current member's bytes, then the next member's, until zero
// bytes or the end follow a member (io.EOF); a read error, a broken member or bytes after a member
// that start no member are returned as the error.
func (g *gzipMembers) Read(p []byte) (int, error) {
	for {
		n, err := g.zr.Read(p)
		if err != io.EOF || n > 0 {
			if err == io.EOF {
				err = nil // the member's end: the next Read looks past it
			}
			return n, err
		}
		if err := skipZeros(g.src); err != nil {
			return 0, err // io.EOF: zeros, or nothing, up to the end
		}
		if err := g.zr.Reset(g.src); err != nil {
			return 0, err // not a member: gzip.ErrHeader, or io.ErrUnexpectedEOF for a few bytes
		}
		g.zr.Multistream(false)
	}
}

// skipZeros reads the zero bytes at br's position and returns io.EOF when only zero bytes are left
// (or none), nil when another byte follows them (left unread), or a read error.
func skipZeros(br *bufio.Reader) error {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return err
		}
		if b[0] != 0 {
			return nil
		}
		if _, err := br.Discard(1); err != nil {
			return err
		}
	}
}

// crOnly reports whether the first line of br ends in a CR that no LF follows. It reads no more than
// needed to find the first line end, so a slow pipe is not waited on beyond its first line.
func crOnly(br *bufio.Reader) bool {
	for n := 1; ; {
		b, err := br.Peek(n)
		if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
			if b[i] == '\n' {
				return false
			}
			if i+1 < len(b) {
				return b[i+1] != '\n'
			}
		}
		if err != nil {
			// The end of the input (or of the buffer) right after a CR: a one-line CR file.
			return len(b) > 0 && b[len(b)-1] == '\r' && errors.Is(err, io.EOF)
		}
		n = br.Buffered() + 1
	}
}

// errSepLine is the usage error of a first line that is an Excel sep= line without a usable delimiter
// (usableSep) when no --delimiter was given to use instead.
var errSepLine = errors.New("line 1 is an Excel sep= line without a usable delimiter " +
	"(want sep= and one printable ASCII character other than a quote, or a tab; or give --delimiter to skip the line)")

// usableSep reports whether the character of a sep= line is taken as the delimiter: a printable ASCII
// character other than a quote, or a tab (NUL, a quote, CR and LF cannot delimit fields; a control or a
// non-ASCII character is not what Excel writes, more likely a wrong encoding).
func usableSep(r rune) bool { return r == '\t' || r >= ' ' && r <= '~' && r != '"' }

// sepLine looks for an Excel "sep=X" first line in br: "sep=" (in any case), at most one character X,
// then a line end or the end of the input. It returns the line's length in bytes with its line end, 0
// when the first line is not one (it does not start with "sep=", or holds more than one character after
// it: a header), and its delimiter X, 0 when the line has none usable (usableSep; "sep=" alone). It
// reads no more than a few bytes and discards nothing.
func sepLine(br *bufio.Reader) (n int, sep rune) {
	b, err := br.Peek(len("sep=") + utf8.UTFMax + len("\r\n"))
	if len(b) < 4 || !strings.EqualFold(string(b[:4]), "sep=") {
		return 0, 0
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, 0 // an interruption or a read error, which the header's read reports
	}
	atEnd := err != nil // Peek returns fewer bytes than asked only at the end of the input then
	rest := b[4:]
	r, size := rune(0), 0
	if len(rest) > 0 && rest[0] != '\n' && rest[0] != '\r' {
		r, size = utf8.DecodeRune(rest)
	}
	end := rest[size:]
	var lineEnd int
	switch {
	case len(end) == 0 && atEnd:
	case len(end) >= 1 && end[0] == '\n':
		lineEnd = 1
	case len(end) >= 2 && end[0] == '\r' && end[1] == '\n':
		lineEnd = 2
	case len(end) == 1 && end[0] == '\r' && atEnd:
		lineEnd = 1
	default:
		return 0, 0
	}
	if !usableSep(r) {
		r = 0
	}
	return 4 + size + lineEnd, r
}

// encodingHint guesses the encoding of a field that is not UTF-8: NUL bytes suggest UTF-16 without its
// byte-order mark, anything else the Windows code page of Western Europe (a superset of ISO-8859-1's
// printable characters).
func encodingHint(fields []string) string {
	for _, f := range fields {
		if !utf8.ValidString(f) && strings.IndexByte(f, 0) >= 0 {
			return "utf-16"
		}
	}
	return "windows-1252"
}
