package normalize

import "sync"

// namePool holds output buffers for Name, so that Name allocates only the
// returned string.
var namePool = sync.Pool{New: func() any {
	b := make([]byte, 0, 128)
	return &b
}}

// Name returns the canonical comparison form of s: case-folded, without
// diacritics, invisible characters, titles and suffixes, tokens separated by
// single ASCII spaces, no leading or trailing space.
// "Dr. Zoë  Groß-Núñez" becomes "zoe gross nunez"; umlauts are stripped
// (ä → a; see [AppendUmlautName] for the ae spelling).
//
// Empty, whitespace-only, invisible-only and placeholder input give "" and a
// nil error. Unusable input gives "" and an [*Error].
//
// Name makes at most one allocation (none when s is already canonical or the
// result is empty). It is safe for concurrent use.
func Name(s string) (string, error) {
	bp := namePool.Get().(*[]byte)
	b, _, err := AppendName((*bp)[:0], s)
	var out string
	switch {
	case err != nil || len(b) == 0:
	case string(b) == s:
		out = s
	default:
		out = string(b)
	}
	if cap(b) <= 4*maxOutputRunes {
		*bp = b[:0]
		namePool.Put(bp)
	}
	return out, err
}

// AppendName appends the canonical form of s (see [Name]) to dst and returns
// the extended buffer and the [Steps] that changed the text. [StepUmlaut] is
// set when s contains ä, ö or ü (in any case or composition), meaning that
// [AppendUmlautName] gives a different spelling.
//
// On error it returns dst unchanged (same length) and an [*Error]. It does not
// allocate when dst has room for the result (at most 4×[MaxRunes]
// bytes). It is safe for concurrent use.
func AppendName(dst []byte, s string) ([]byte, Steps, error) {
	return appendName(dst, s, false)
}

// AppendUmlautName is [AppendName] with the German alternative spelling:
// ä, ö, ü become ae, oe, ue ("Müller" → "mueller"); everything else is
// identical. [StepUmlaut] is set when it wrote such a spelling; [StepAccents]
// is then set only for other diacritics. It is safe for concurrent use.
func AppendUmlautName(dst []byte, s string) ([]byte, Steps, error) {
	return appendName(dst, s, true)
}
