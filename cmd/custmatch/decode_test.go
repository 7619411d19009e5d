package main

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// decodeAll runs src through a fresh decoder of enc, one byte at a time (every short-source path taken)
// and at once; both must agree.
func decodeAll(t *testing.T, enc string, src []byte) []byte {
	t.Helper()
	whole, err := io.ReadAll(transform.NewReader(bytes.NewReader(src), encodings[enc]()))
	require.NoError(t, err)
	bytewise, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(src)), encodings[enc]()))
	require.NoError(t, err)
	require.Equal(t, whole, bytewise, "decoded at once and byte by byte")
	return whole
}

// reference decodes src with golang.org/x/text, which writes U+FFFD where the strict decoders write
// invalidByte.
func reference(t *testing.T, e encoding.Encoding, src []byte) []byte {
	t.Helper()
	out, err := e.NewDecoder().Bytes(src)
	require.NoError(t, err)
	return out
}

// strictAsReference is what x/text would give for a strict decoder's output: invalidByte as U+FFFD.
func strictAsReference(b []byte) []byte {
	return bytes.ReplaceAll(b, []byte{invalidByte}, []byte("\uFFFD"))
}

// utf16Reference decodes src with the standard library's unicode/utf16 (byte-order mark honoured, then
// dropped; little-endian without one), which writes U+FFFD for each unpaired surrogate, and one more
// for a lone last byte. (x/text's decoder is no reference here: it writes one U+FFFD for two unpaired
// low surrogates in a row.)
func utf16Reference(src []byte) []byte {
	big := len(src) >= 2 && src[0] == 0xfe && src[1] == 0xff
	if big || len(src) >= 2 && src[0] == 0xff && src[1] == 0xfe {
		src = src[2:]
	}
	units := make([]uint16, len(src)/2)
	for i := range units {
		hi, lo := src[2*i+1], src[2*i]
		if big {
			hi, lo = lo, hi
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	s := string(utf16.Decode(units))
	if len(src)%2 == 1 {
		s += "\uFFFD"
	}
	return []byte(s)
}

// TestUTF16Decoder: the strict UTF-16 decoder agrees with the standard library's decoding
// (utf16Reference) and with x/text's on valid input, except that an unpaired surrogate or a lone last
// byte gives invalidByte instead of U+FFFD.
func TestUTF16Decoder(t *testing.T) {
	xtext := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	for _, c := range []struct {
		name string
		src  []byte
		want string
	}{
		{"le-bom", []byte{0xff, 0xfe, 'A', 0, 0xe4, 0}, "Aä"},
		{"be-bom", []byte{0xfe, 0xff, 0, 'A', 0, 0xe4}, "Aä"},
		{"no-bom-le", []byte{'A', 0, 'B', 0}, "AB"},
		{"pair", []byte{0x3d, 0xd8, 0x00, 0xde}, "😀"},
		{"lone-high", []byte{'1', 0, 0x00, 0xd8, ',', 0}, "1\xff,"},
		{"lone-high-at-end", []byte{'1', 0, 0x00, 0xd8}, "1\xff"},
		{"lone-low", []byte{0x00, 0xdc, 'A', 0}, "\xffA"},
		{"high-high-low", []byte{0x00, 0xd8, 0x3d, 0xd8, 0x00, 0xde}, "\xff😀"},
		{"low-low", []byte{0x30, 0xde, 0x30, 0xdc}, "\xff\xff"},
		{"odd-last-byte", []byte{'A', 0, 'B'}, "A\xff"},
		{"literal-fffd", []byte{0xfd, 0xff}, "\uFFFD"},
		{"empty", nil, ""},
		{"one-byte", []byte{'A'}, "\xff"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := decodeAll(t, "utf-16", c.src)
			assert.Equal(t, c.want, string(got))
			assert.Equal(t, string(utf16Reference(c.src)), string(strictAsReference(got)), "unicode/utf16 with U+FFFD")
			if !bytes.Contains(got, []byte{invalidByte}) {
				assert.Equal(t, string(reference(t, xtext, c.src)), string(got), "x/text")
			}
		})
	}
}

// TestByteDecoders: the strict single-byte decoders agree with x/text's on every byte, except that a
// byte the encoding leaves undefined (windows-1252's 0x81, 0x8D, 0x8F, 0x90, 0x9D; ISO-8859-15's C1
// range) gives invalidByte instead of U+FFFD.
func TestByteDecoders(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, c := range []struct {
		enc       string
		cm        *charmap.Charmap
		undefined int
	}{{"windows-1252", charmap.Windows1252, 5}, {"iso-8859-1", charmap.ISO8859_1, 0}, {"iso-8859-15", charmap.ISO8859_15, 32}} {
		t.Run(c.enc, func(t *testing.T) {
			got := decodeAll(t, c.enc, all)
			assert.Equal(t, string(reference(t, c.cm, all)), string(strictAsReference(got)))
			assert.Equal(t, c.undefined, bytes.Count(got, []byte{invalidByte}))
		})
	}
}

// FuzzUTF16Decoder: on any input the strict decoder gives the standard library's decoding with U+FFFD
// written as invalidByte, whether fed at once or byte by byte.
func FuzzUTF16Decoder(f *testing.F) {
	f.Add([]byte{0xff, 0xfe, 'A', 0, 0x00, 0xd8, 'B', 0})
	f.Add([]byte{0xfe, 0xff, 0xd8, 0x3d, 0xde, 0x00, 0xdc})
	f.Add([]byte{'A', 0, 'B'})
	f.Fuzz(func(t *testing.T, src []byte) {
		got := decodeAll(t, "utf-16", src)
		want := utf16Reference(src)
		if !bytes.Equal(want, strictAsReference(got)) {
			t.Fatalf("% x: got %q, unicode/utf16 %q", src, got, want)
		}
	})
}
