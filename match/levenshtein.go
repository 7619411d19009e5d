package match

import (
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// maxLevRunes is the longest string distance handles without allocating: normalized names are at most
// 256 runes (normalize.MaxRunes). Longer strings go to agnivade/levenshtein.
const maxLevRunes = 256

// distance returns the Levenshtein distance of a and b in runes (insertions, deletions and substitutions
// of one rune each), the same number agnivade/levenshtein.ComputeDistance gives (tests check it). It does
// not allocate for strings of up to maxLevRunes runes: when the shorter string has at most 64 runes it
// runs the bit-parallel algorithm of Myers (1999) in Hyyrö's formulation for edit distance, one machine
// word per text rune; otherwise the textbook dynamic programme over one row on the stack.
func distance(a, b string) int {
	if a == b {
		return 0
	}
	if isASCII(a) && isASCII(b) {
		return distanceASCII(a, b, usualBytes(a) && usualBytes(b))
	}
	a, b = trimCommonRunes(a, b)
	var ra, rb [maxLevRunes]rune
	na, okA := decodeRunes(&ra, a)
	nb, okB := decodeRunes(&rb, b)
	if !okA || !okB {
		return levenshtein.ComputeDistance(a, b)
	}
	x, y := ra[:na], rb[:nb]
	if len(x) > len(y) {
		x, y = y, x
	}
	switch {
	case len(x) == 0:
		return len(y)
	case len(x) <= 64:
		return myersRunes(x, y)
	}
	return dpRow(x, y)
}

// distanceASCII is distance for two ASCII strings; usual says both have only bytes of the small table.
func distanceASCII(a, b string, usual bool) int {
	a, b = trimCommon(a, b)
	if len(a) > len(b) {
		a, b = b, a
	}
	switch {
	case len(a) == 0:
		return len(b)
	case len(a) <= 64:
		return myersASCII(a, b, len(a), false, usual)
	case len(b) <= maxLevRunes:
		return dpRow([]byte(a), []byte(b)) // the conversions do not escape: no allocation
	}
	return levenshtein.ComputeDistance(a, b)
}

// trimCommon drops the common prefix and suffix of a and b, which do not change their distance (an
// optimal alignment matches them): most names compared at all differ in a letter or two, and what is
// left for the distance is then short or empty.
func trimCommon(a, b string) (string, string) {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	a, b, n = a[i:], b[i:], n-i
	j := 0
	for j < n && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	return a[:len(a)-j], b[:len(b)-j]
}

// trimCommonRunes is trimCommon for text in UTF-8: it cuts only where neither string continues a rune
// (the next byte is no continuation byte), so that what is dropped decodes to the same runes on both
// sides, invalid bytes included, and what is left decodes as it did in place.
func trimCommonRunes(a, b string) (string, string) {
	continues := func(s string, i int) bool { return i < len(s) && s[i]&0xC0 == 0x80 }
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	for i > 0 && (continues(a, i) || continues(b, i)) {
		i--
	}
	a, b, n = a[i:], b[i:], n-i
	j := 0
	for j < n && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	for j > 0 && continues(a, len(a)-j) { // the same byte in b
		j--
	}
	return a[:len(a)-j], b[:len(b)-j]
}

// spacelessDistanceASCII is the distance of ASCII strings p and t with their spaces removed; np and nt
// count their other bytes, 1 <= np <= 64 and np <= nt. The common prefix and suffix are dropped first,
// as in trimCommon.
func spacelessDistanceASCII(p, t string, np, nt int, usual bool) int {
	i, j := 0, 0
	for np > 0 { // nt >= np: both have a byte other than a space left
		for p[i] == ' ' {
			i++
		}
		for t[j] == ' ' {
			j++
		}
		if p[i] != t[j] {
			break
		}
		i, j, np, nt = i+1, j+1, np-1, nt-1
	}
	ei, ej := len(p), len(t)
	for np > 0 {
		for p[ei-1] == ' ' {
			ei--
		}
		for t[ej-1] == ' ' {
			ej--
		}
		if p[ei-1] != t[ej-1] {
			break
		}
		ei, ej, np, nt = ei-1, ej-1, np-1, nt-1
	}
	if np == 0 {
		return nt
	}
	return myersASCII(p[i:ei], t[j:ej], np, true, usual)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// decodeRunes decodes s into buf; ok is false when s has more runes than buf holds.
func decodeRunes(buf *[maxLevRunes]rune, s string) (n int, ok bool) {
	for _, r := range s {
		if n == len(buf) {
			return n, false
		}
		buf[n] = r
		n++
	}
	return n, true
}

// asciiSlot maps the bytes of normalized ASCII forms (a–z, 0–9 and the space) to slots 1–37 of a small
// match table; every other byte has slot 0 and needs the full table (identSlot).
var asciiSlot, identSlot = func() (small, ident [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		small[c] = uint8(c-'a') + 1
	}
	for c := '0'; c <= '9'; c++ {
		small[c] = uint8(c-'0') + 27
	}
	small[' '] = 37
	for c := range ident {
		ident[c] = uint8(c)
	}
	return small, ident
}()

// usualBytes reports whether every byte of s has a slot in the small table.
func usualBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if asciiSlot[s[i]] == 0 {
			return false
		}
	}
	return true
}

// myersASCII is the bit-parallel distance for ASCII strings: the pattern p with m counted bytes (1 to
// 64) and the text t, at least as long. With skip, spaces in both are skipped (m counts the others):
// the distance of the spaceless forms. A table of 38 words serves forms of letters, digits and spaces
// (cheap to clear: usual says both have only those); other bytes take one of 128.
func myersASCII(p, t string, m int, skip, usual bool) int {
	if usual {
		var peq [38]uint64
		return myersCore(p, t, m, skip, &asciiSlot, peq[:])
	}
	var peq [utf8.RuneSelf]uint64
	return myersCore(p, t, m, skip, &identSlot, peq[:])
}

// myersCore runs Myers' algorithm with the match table peq (zero on entry), indexed through slot.
func myersCore(p, t string, m int, skip bool, slot *[utf8.RuneSelf]uint8, peq []uint64) int {
	bit := uint64(1)
	for i := 0; i < len(p); i++ {
		if c := p[i]; !skip || c != ' ' {
			peq[slot[c]] |= bit
			bit <<= 1
		}
	}
	last := uint64(1) << (m - 1)
	pv, mv := ^uint64(0), uint64(0)
	score := m
	for j := 0; j < len(t); j++ {
		c := t[j]
		if skip && c == ' ' {
			continue
		}
		eq := peq[slot[c]]
		pv, mv, score = myersStep(eq, pv, mv, last, score)
	}
	return score
}

// myersStep advances Myers' bit-vector distance by one character of the text, whose match mask in the
// pattern is eq: it returns the new vertical deltas and the distance to the pattern's last character.
// last is the bit of the pattern's last character. Both lanes (bytes and runes) call it.
func myersStep(eq, pv, mv, last uint64, score int) (uint64, uint64, int) {
	xv := eq | mv
	xh := (((eq & pv) + pv) ^ pv) | eq
	ph := mv | ^(xh | pv)
	mh := pv & xh
	if ph&last != 0 {
		score++
	} else if mh&last != 0 {
		score--
	}
	ph = ph<<1 | 1
	mh <<= 1
	return mh | ^(xv | ph), ph & xv, score
}

// myersRunes is myersASCII over runes: ASCII runes index a table, the others (at most 64 distinct in
// the pattern) are looked up in a short list.
func myersRunes(p, t []rune) int {
	var peq [utf8.RuneSelf]uint64
	var other [64]rune
	var otherMask [64]uint64
	n := 0
	for i, r := range p {
		if r < utf8.RuneSelf {
			peq[r] |= 1 << i
			continue
		}
		k := 0
		for k < n && other[k] != r {
			k++
		}
		if k == n {
			other[k] = r
			n++
		}
		otherMask[k] |= 1 << i
	}
	m := len(p)
	last := uint64(1) << (m - 1)
	pv, mv := ^uint64(0), uint64(0)
	score := m
	for _, r := range t {
		var eq uint64
		if r < utf8.RuneSelf {
			eq = peq[r]
		} else {
			for k := range n {
				if other[k] == r {
					eq = otherMask[k]
					break
				}
			}
		}
		pv, mv, score = myersStep(eq, pv, mv, last, score)
	}
	return score
}

// dpRow is the textbook dynamic programme with one row, for a no longer than b and b of at most
// maxLevRunes elements. Where the elements are equal the cell is the diagonal one (a Levenshtein table
// never grows by more than one per step), which keeps the inner loop short.
func dpRow[T byte | rune](a, b []T) int {
	var buf [maxLevRunes + 1]uint16
	row := buf[:len(b)+1]
	for j := range row {
		row[j] = uint16(j)
	}
	for i, ca := range a {
		diag := row[0]
		left := uint16(i + 1)
		row[0] = left
		cells := row[1:]
		cells = cells[:len(b)] // same length as b: no bounds checks below
		for j, cb := range b {
			up := cells[j]
			cur := diag
			if ca != cb {
				cur = min(diag, up, left) + 1
			}
			cells[j] = cur
			diag, left = up, cur
		}
	}
	return int(row[len(b)])
}
