// Package match decides whether the customer a payment provider knows is the customer in the merchant's
// CRM, and explains the decision field by field.
//
// A Matcher compares two Records (first name, last name, date of birth, email) and returns a Verdict:
// Approve (capture the payment), Decline (cancel it and tell the customer which field to fix; the
// messages package renders that text) or Review. Every field gets a status, a similarity score where one
// applies, and the reasons that made it match or fail.
//
//	m, err := match.New(match.Options{}) // the default policy
//	v := m.Compare(merchant, provider)
//	if v.Decision == match.Decline { … v.Failing() … }
//
// # The default policy
//
// This is the comparison logic a merchant hands to the provider during acceptance testing; the zero
// Options give exactly this, and every rule can be tightened or loosened through Options. The policy
// version (PolicyVersion) is in every verdict.
//
// Names are normalized the same way on both sides by package normalize: unusable text (invalid UTF-8,
// control characters, more than 256 characters, floods of combining marks) is rejected; invisible and
// bidi control characters are removed; compatibility forms are folded (fullwidth letters, ligatures);
// case is folded fully (ß becomes ss); diacritics are stripped and the letters that do not decompose are
// mapped (æ→ae, ø→o, ł→l, …); apostrophes are dropped and hyphens, dots and other punctuation become
// spaces; a leading title (Dr, Herr, …) and a trailing suffix (Jr, III) are dropped; placeholders (n/a,
// null, unknown, -, …) count as missing. Other scripts are kept as they are; a word mixing scripts is
// flagged, never mapped.
//
// Two names match when their similarity, 1 − Levenshtein distance / length of the longer, is at least the
// threshold (default 0.90): one typo passes only in names of ten letters or more, so Jon/John and
// Meier/Meyer do not match while Mustermann/Musterman does. On top of that:
//
//   - German umlauts: a name with ä/ö/ü is also tried as ae/oe/ue (Müller = Mueller = Muller).
//   - Spacing: names also compare with their spaces removed (Anne-Marie = Anne Marie = Annemarie).
//   - Extra names: when every name of the side with fewer names lines up, in order, with a name of the
//     other side (equal, similar at or above the threshold, or an initial of it), the field matches, as long
//     as at least one of them is a full name (Johannes B. Kerner = Johannes Kerner, García = García
//     Márquez, John F. = John Fitzgerald; J. alone is not Johannes).
//   - Being a prefix or truncation earns nothing (Max ≠ Maximillian, Must ≠ Mustermann): only the
//     similarity counts, so Musterman, one letter short of ten, still matches Mustermann. A failed
//     prefix is reported with reason prefix.
//   - Swapped: first and last name exchanged between the records match, both fields (reason swapped).
//   - Split: when first + last read the same but are split differently between the fields
//     (Max Michael | Mustermann = Max | Michael Mustermann), both fields match (reason split).
//   - No nicknames or phonetics; no transliteration unless Options.Transliterate (below).
//
// Dates of birth are parsed by package dob into calendar dates, never shifted between time zones, never
// rolled over (30 February is invalid) and never completed from today. Numeric dates whose day and month
// can be read both ways (05/04/1986) match when either reading agrees with the other side, unless the
// caller declares the order (Options.DateOrder). An invalid date (impossible, in the future, before 1900,
// unparseable, trailing text) is a mismatch with reason invalid-date, because the customer can correct it.
// A partial date (1986, Sep 1986) is compared at the precision it has: a different year or month is a
// mismatch, the same is status partial, which decides nothing. Day and month exchanged between two
// otherwise equal dates is a mismatch with reason day-month-swapped. 1900-01-01 and 1970-01-01 are
// flagged as placeholder dates.
//
// The decision: Decline if any deciding field (first name, last name, date of birth; email only with
// Options.EmailDeciding) is a mismatch; otherwise Review if a name is missing or unusable or the date of
// birth is unusable; otherwise Approve. A missing date of birth is skipped (not every provider returns
// one). Email is compared case-insensitively after trimming and reported, but decides nothing by default.
//
// # Transliteration (opt-in)
//
// Off by default. With Options.Transliterate, a name written in Cyrillic (Russian, Ukrainian, Belarusian,
// Bulgarian, Serbian, Macedonian) or Greek on one side is also compared with a Latin name on the other
// side through its Latin spellings: one whole-name variant per scheme of every language whose alphabet
// fits the letters (package translit: ICAO 9303, BGN/PCGN, the national systems, ISO 9, ELOT 743 / ISO
// 843, German, French and English press spellings, common Greek spellings), never a mix of per-letter
// choices. Each variant is normalized like a Latin name and scored under the usual threshold and rules
// (extra names, swapped fields); the best counts. Дмитрий matches
// Dmitrii, Dmitriy, Dmitry and Dmitri; Новак Ђоковић matches Novak Djokovic; Γιώργος matches Giorgos,
// Yiorgos and Yorgos. A match found this way has reason transliterated, never exact, and
// FieldResult.Transliteration names the scheme (in JSON and in String the reason reads
// "transliterated:icao"). Names are never translated (Наталья ≠ Natasha, Γιώργος ≠ George); a word mixing
// scripts is flagged and never transliterated; two names in the same script compare directly, as before.
//
// # Personal data
//
// A Verdict holds both raw values of every field, because the customer message must show them. Its
// String method leaves them out and is safe to log; Explain(true) and MarshalJSON include them; Redacted
// removes them.
//
// # Performance and concurrency
//
// A Matcher is immutable and safe for concurrent use by multiple goroutines. Compare allocates nothing
// for Latin-script names of ordinary length, and calls Levenshtein only when the answer is not already
// decided by equal forms or by a length difference that exceeds the allowed edits.
package match
