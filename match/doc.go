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
// This is the comparison logic a merchant hands to the provider during acceptance testing, complete: no
// other document is needed to know what custmatch decides. The zero Options (and the zero Matcher) give
// exactly this, and every rule can be tightened or loosened through Options. The policy version
// (PolicyVersion, "custmatch-policy/2") is in every verdict. The merchant record is the CRM's, the
// provider record the payment provider's; the fields are first name, last name, date of birth and email.
//
// # Names: normalization
//
// Both sides are normalized the same way by package normalize, in this order, and each step that changed
// a value is recorded, so a verdict can say which ones made two names equal:
//
//  1. Unusable text is set aside (status unusable): invalid UTF-8, control characters other than tab,
//     CR and LF, more than 256 characters, more than four combining marks on one letter, and U+FFFD, the
//     replacement character. U+FFFD is what encoding/json, CSV tools and database drivers leave where
//     they could not read bytes; "Jos\xe9" and "Jos\xe1" both become "Jos\uFFFD", so comparing such
//     text would approve two names that lost different letters.
//  2. Invisible characters are removed: zero-width spaces and joiners, word joiner, soft hyphen, byte
//     order mark, bidi controls (flag invisible-removed).
//  3. Compatibility forms are folded: fullwidth letters, ligatures (ﬁ → fi), Roman numeral signs.
//  4. Case is folded fully (ß → ss; İ ends as plain i).
//  5. Diacritics are stripped (à é ñ č ő ţ → a e n c o t), and the letters that do not decompose are
//     mapped: ß/ẞ → ss, æ → ae, œ → oe, ø → o, ł → l, đ and ð → d, þ → th, ı → i, ħ → h.
//  6. Apostrophes (' ’ ‘ ʼ ` ´) are dropped (O'Brien = OBrien); hyphens, dashes, dots, commas,
//     underscores and slashes become spaces; any run of whitespace becomes one space; the ends are trimmed.
//  7. A leading title (mr, mrs, ms, miss, mx, dr, prof, herr, frau, mag, ing, dipl, sir) and a trailing
//     generational suffix (jr, sr, ii, iii, iv) are dropped while another word remains.
//  8. Placeholders count as missing: a name with no letter of any script after the steps above (only
//     punctuation, symbols, digits or emoji: "-", ".", "?", "()", "«»", "0", "123", "🙂"; a person's name
//     always has a letter), n/a, na, null, none, unknown, xxx, and test names: a field made only of test,
//     tester, testuser, dummy, asdf or sample ("Test", "Test Test"). Characters that are neither letters
//     nor digits around such a word do not hide it: "[null]", "<none>", "n/a?", "#N/A", "(test)" and
//     "Test?" are placeholders; "n?a", "Test Max" and "Max 2" are names. Two test records that agree are
//     not evidence of one person, so they go to review.
//  9. German umlauts: a name with ä, ö or ü is also tried spelled ae, oe, ue, and the plain spelling
//     a, o, u is its canonical form, so Müller = Mueller and Müller = Muller. The chain does not close:
//     Mueller ≠ Muller (similarity 0.86), because an ASCII "ue" is never read back as an umlaut; doing so
//     would also make Michael = Michal, Rafael = Rafal and Samuel = Samul.
//  10. Digits stay digits, and letters of other scripts stay as written (no transliteration). A word that
//     mixes scripts (Latin M with a Cyrillic а) is flagged mixed-script and never mapped to look-alikes.
//
// # Names: comparison
//
// The similarity of two normalized names is 1 − Levenshtein distance / length of the longer, in
// characters. A name field matches when the similarity is at least the threshold (default 0.90), so one
// edit passes only when the longer name has ten letters or more: Jon/John (0.75) and Meier/Meyer (0.80)
// do not match, Mustermann/Musterman (0.90) does. Each field is scored on the best of the forms tried
// (canonical and umlaut spellings, with and without spaces). On top of that:
//
//   - Spacing: names also compare with their spaces removed (Anne-Marie = Anne Marie = Annemarie).
//   - Extra names: when every word of the side with fewer words lines up, in order, with a word of the
//     other side — equal, similar at or above the threshold, or a one-letter initial equal to that
//     word's first letter — the field matches (reason extra-names; initials when an initial was used),
//     as long as at least one aligned word is a full name, never initials only. So Johannes B. Kerner =
//     Johannes Kerner, Max Michael = Max, John F. = John Fitzgerald, García = García Márquez, Meyer
//     Landrut = Meyer-Landrut; J. alone is not Johannes.
//   - Being a prefix or truncation earns nothing (Max ≠ Maximillian, Must ≠ Mustermann): only the
//     similarity counts, so Musterman, one letter short of ten, still matches Mustermann. A failed
//     prefix is reported with reason prefix.
//   - Swapped: when the merchant's first and last name match the provider's last and first name (each at
//     or above the threshold, under the same rules), both fields match (reason swapped).
//   - Split: when first + last name read the same but are split differently between the two fields
//     (Max Michael | Mustermann = Max | Michael Mustermann), both fields match (reason split).
//   - No nicknames (Bill ≠ William) or phonetics; no transliteration unless Options.Transliterate (below).
//
// Scores are honest: a name field's score is the computed similarity of its best-matching forms. A
// shortcut (equal lengths, a length difference that rules out the threshold) may skip work, but never
// changes what is reported: Anna vs Boris scores 0.00, with or without a review band.
//
// # Dates of birth
//
// Dates are parsed by package dob into calendar dates (year, month, day), never shifted between time
// zones, never rolled over (30 February is invalid) and never completed from today; a time after the
// date is ignored. ISO dates are always year-month-day. A numeric date whose day and month can be read
// both ways (05/04/1986) matches when either reading agrees with the other side (reason
// ambiguous-order), unless the caller declares the order (Options.DateOrder). Dotted numeric dates
// (05.04.1986, 5.4.86) are day-first unless MDY is declared: every locale that writes dates with dots
// puts the day first, and reading them both ways approved real mismatches in German exports. When both
// sides are such
// ambiguous dates they are read in the same order, because a record pair comes from one convention:
// 04/05/1986 vs 05/04/1986 is a mismatch (day-month-swapped), never a match through crossed readings.
//
// An invalid date (impossible, in the future, before 1900, unparseable, followed by other text) is a
// mismatch with reason invalid-date, because the customer can correct it. A partial date (1986, Sep 1986)
// is compared at the precision it has: a different year or month is a mismatch, the same is status
// partial, which decides nothing. A month name that means two months in two languages ("lis 1986",
// October in Croatian, November in Polish) agrees when either month does, and is a mismatch when
// neither does. Day and month exchanged between two otherwise equal dates is a mismatch
// with reason day-month-swapped, so the message can say so. A date of birth that is placeholder text
// (n/a, unknown, -, …) or a zero date (0000-00-00, 00.00.0000, 00/00/0000, 00000000: the "no date" of SQL
// exports) is missing, like an empty field, and flagged placeholder-dob; any other impossible date
// (00/00/1986) is invalid. The dates CRMs use for "unknown" (1900-01-01, 1970-01-01) are compared as
// usual and flagged placeholder-dob.
//
// # Decision
//
// Each field ends as match, mismatch, missing (empty, whitespace or placeholder on either side), unusable
// (normalization step 1) or partial (date of birth only). Step 1 applies to every field, the date of
// birth and the email included, and to the value as given, before anything is trimmed: a control
// character at either end ("1986-04-05\v", "max@example.com\u0085") or more than four combining marks
// on one character make the value unusable, never trimmed or read past. The verdict is Decline if any deciding field
// (first name, last name, date of birth; email only with Options.EmailDeciding) is a mismatch; otherwise
// Review if a name is missing or unusable, or the date of birth is unusable, or a name scored in the
// review band (Options.ReviewBand); otherwise Approve. A missing date of birth is skipped (not every
// provider returns one). Email is compared case-insensitively after trimming and reported, but decides
// nothing by default; a missing email never decides.
//
// The zero value of every configuration type is the default policy: a Matcher declared but never built
// with New decides exactly as New(Options{}) does, and an option left at zero means its default. Nothing
// fails open.
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
// A Matcher is immutable and safe for concurrent use by multiple goroutines; without Options.Now all
// Matchers share one clock that reads the wall clock once per calendar day (at local midnight, from a
// timer), not once per comparison. Compare allocates nothing
// for Latin-script names of any length up to the 256-character limit (its Levenshtein distance is
// bit-parallel for names up to 64 characters and runs on the stack beyond).
package match
