// Package normalize turns a person's name into the canonical form custmatch
// compares: the merchant's and the payment provider's records go through the
// same steps, so "Max Mußterman" and "Max Mussterman", or "Johannes Bàuer" and
// "Johannes Bauer", end up equal.
//
// # Policy
//
// The steps of custmatch's name policy (the match package documents the whole
// matching policy), in this order:
//
//  1. Unusable text is rejected with an [*Error] ([ErrUnusable]): invalid
//     UTF-8, C0/C1 control characters other than tab, CR and LF, U+FFFD (the
//     replacement character an earlier decoder left where it lost bytes: two
//     names that lost different letters would otherwise compare equal), more
//     than [MaxRunes] runes, more than [MaxMarks] combining marks on one base.
//  2. Invisible characters are removed: every Default_Ignorable_Code_Point
//     (zero-width space, joiners, word joiner, soft hyphen, BOM, variation
//     selectors, Hangul fillers) including the bidi controls.
//  3. NFKC compatibility folding (fullwidth letters, ligatures, Roman numerals).
//  4. Full case folding (ß → ss; İ ends as plain i).
//  5. Diacritics are stripped from Latin, Greek and Cyrillic letters; then
//     ß/ẞ → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d, ð → d, þ → th, ı → i,
//     ħ → h.
//  6. Apostrophes (' ’ ‘ ʼ ` ´) are removed; hyphens and dashes, dots (. · ・ 。),
//     commas, underscores and slashes become spaces; whitespace (tab, NBSP,
//     ideographic space, braille blank, ...) collapses to one space; the ends
//     are trimmed.
//  7. Leading titles (mr mrs ms miss mx dr prof herr frau mag ing dipl sir)
//     and trailing generational suffixes (jr sr ii iii iv) are dropped while
//     another token remains: "Prof. Dr. Hans Meier" → "hans meier", but "Dr"
//     alone stays "dr".
//  8. A whole value that is a placeholder gives "" and [FlagPlaceholder]: a
//     value with no letter of any script (unicode.IsLetter, after the steps
//     above): only punctuation, symbols, digits or emoji ("-", ".", "?",
//     "()", "«»", "•", "0", "123", "🙂"), since a person's name always has a
//     letter; a placeholder word (n/a, na, null, none, unknown, xxx); and a
//     value made only of test words (test, tester, testuser, dummy, asdf,
//     sample: "Test", "Test Test"), since two test records that agree are not
//     evidence of one person. Characters that are neither letters nor digits
//     around a word do not save it: "[null]", "<none>", "n/a?", "#N/A",
//     "(test)" and "Test?" are placeholders too, while "n?a", "Test Max" and
//     "Max 2" are names.
//  9. ä, ö, ü (in any case, precomposed or decomposed) become a, o, u in
//     [Name] and [AppendName], and ae, oe, ue in [AppendUmlautName];
//     [StepUmlaut] says the two differ. Only a real umlaut has both
//     spellings: an ASCII "ue" is never read back as ü, so Mueller and Muller
//     do not meet (reading ae/oe/ue as umlauts would also make Michael equal
//     Michal and Rafael equal Rafal).
//  10. Digits stay digits; letters of other scripts are not transliterated. A
//     token with letters of more than one script (Latin "M" with Cyrillic "а")
//     sets [FlagMixedScript]; no confusable is ever mapped.
//
// Apostrophe removal and whitespace conversion happen before NFKC (so that
// "´", which NFKC turns into a space and a combining accent, is removed as an
// apostrophe), and so does the invisible-character removal; the other steps
// follow the order above.
//
// # Output
//
// The output is tokens of non-space runes joined by single U+0020 characters,
// with no leading or trailing space, in NFC, valid UTF-8. Callers split it on
// ' ' for tokens and remove the spaces for the spaces-removed form. Normalizing
// an output again returns it unchanged. An output has at most [MaxRunes]
// runes, so at most 4×MaxRunes bytes: a value whose expansion (ligatures,
// ß→ss, …) would exceed that is unusable ([ReasonTooLong], offset 0), like
// input of more than MaxRunes runes.
//
// # Scripts
//
// Combining marks are kept on letters of scripts other than Latin, Greek and
// Cyrillic (Hebrew points, Arabic harakat, Devanagari vowel signs, the
// Japanese voicing mark), because there they are part of the letter. Marks
// with no letter to sit on (after a digit, a space, punctuation, or at the
// start) are dropped. Han, Hiragana and Katakana together (Japanese), Han and
// Hangul (Korean), and Han and Bopomofo are one writing system each, not a mix;
// Common and Inherited characters never count.
//
// # Steps
//
// [AppendName] reports a [Steps] bit set naming every step that changed the
// text, so a verdict can say why two names compare equal ("sharp-s",
// "accents", ...).
//
// # Errors
//
// An [*Error] carries a [Reason] and a byte offset, never the input text:
// names are personal data. Input longer than 4×MaxRunes bytes is rejected as
// [ReasonTooLong] before anything else is looked at; otherwise the first
// problem in the text is reported. Control characters and U+FFFD are checked
// before the rune count at the same position (256 letters followed by a
// control character are control-char, not too-long). Invisible characters and apostrophes are
// transparent to the mark count, so they cannot hide a flood of marks.
//
// # Performance
//
// Text made of runes below U+0530 (Latin, IPA, spacing modifiers, combining
// diacritics, Greek, Cyrillic), of Latin Extended Additional and Greek Extended
// and of the General Punctuation block U+2000–U+206F is handled by
// a table generated from x/text by gen.go ("go generate"): one pass, no x/text
// transform, no allocation. Most names (ASCII letters and digits, the letters of
// Latin-1 and Latin Extended that decompose to Latin letters and marks,
// whitespace, hyphens, dots and apostrophes) take a narrower lane of that
// table that keeps its state in registers and writes each letter's umlaut
// spelling from its table entry. Runes past the table that NFKD and case
// folding leave alone (Han, Arabic, Hebrew letters; invisible characters) are
// written as they are, unless they keep marks or meet Hangul jamo, which need
// composing. Any other rune (and, in the table's ranges, U+0345 and the Coptic
// letters, whose marks need reordering) sends the whole text to a fallback:
// it decomposes (NFKD) rune by rune from x/text's decomposition data, folds
// case with a cases.Caser taken from a sync.Pool (Casers are stateful and are
// never shared between goroutines), runs NFD only when marks may need
// reordering or Hangul syllables need decomposing, and NFC only when the
// output keeps marks or Hangul jamo. Both paths are tested to be byte-identical
// (output, Steps, errors) to a plain x/text reference chain.
//
// # Concurrency
//
// All functions are safe for concurrent use by multiple goroutines. The
// package holds no mutable global state apart from sync.Pools.
package normalize
