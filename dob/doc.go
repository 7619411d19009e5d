// Package dob parses dates of birth as merchants and payment providers write
// them, and never guesses silently.
//
// [Scan] reads a string into a [Result] without allocating; [Parse] returns
// a [Date] or an [*Error] that wraps one sentinel per [Reason]. The package
// implements the date-of-birth rules of the custmatch matching policy (the
// "Dates of birth" section of the match package documentation) as far as
// parsing goes; comparing two dates (including the ambiguous-order rule)
// belongs to the match package.
//
// # Accepted forms
//
// Leading and trailing whitespace is ignored. The date part is one of:
//
//   - Year first, always year-month-day whatever the [Order]: 1986-04-05,
//     1986/04/05, 1986.04.05, 1986 4 5, Hungarian and Korean 1986. 04. 05.
//     (one or two digit month and day, the same separator twice), exactly
//     eight digits 19860405 (YYYYMMDD; under [DMY] also DDMMYYYY, 22042011,
//     when the digits are no valid YYYYMMDD), and fourteen digits
//     19860405103000 (a time glued to the date).
//   - Numeric day/month first: 05/04/1986, 5-4-86, 05.04.1986, 5 4 1986,
//     Croatian 05. 04. 1986. (one or two digit fields, the same separator
//     twice, a two- or four-digit year last). See "Day and month order"
//     below.
//   - Year, month and day with CJK markers: 1986年4月5日, 1986년 4월 5일,
//     also 1986年4月 and 1986年 as partial dates.
//   - Month names and abbreviations of 37 Unicode CLDR locales (ar bg bn cs
//     da de de-AT de-CH el en en-GB es es-MX fa fi fr fr-CA hi hr hu it ja
//     ko nb nl nn pl pt pt-PT ro ru sk sl sv tr uk zh, see [Languages]),
//     in every form CLDR records: wide and abbreviated, format (genitive:
//     "26 апреля 1986", "21. července 1969", "5 Απριλίου 1986") and
//     stand-alone (nominative: "kwiecień"), plus a few common spellings CLDR lacks
//     (Maerz, Sept, setiembre). Names match in any case, with or without
//     diacritics (Marz = März, also in decomposed form), Turkish İ/ı as i,
//     Greek without accents or in capitals (ΑΠΡΙΛΙΟΥ), with or without a
//     trailing dot. The orders are day-month-year ("5 April 1986", "5.
//     April 1986", "05-Apr-1986", "3rd of May 2001", "1 de enero de 1990",
//     "1er janvier 1990", "1.º de maio de 1990", "5. travnja 1986."),
//     month-day-year ("April 5, 1986", "May 3rd, 2001") and
//     year-month-day ("1986-Apr-05", Hungarian "1986. április 5."). The
//     words the locales' CLDR date patterns put between the fields are
//     allowed there ("de", "del", "den"), and after the year their words
//     and eras ("г.", "р.", Polish "r.", "AD", "n. Chr.", "ap. J.-C.",
//     "н. э."); an era before Christ is not. English ordinal suffixes must
//     agree with the number (1st, 2nd, 3rd, 4th, 11th). A month name that
//     is another month in another language (listopad: November in Polish
//     and Czech, October in Croatian; lip, lis, srp) gives
//     [ReasonAmbiguous] with both readings, lower month first, unless a
//     weekday decides; as a partial date ("lis 1986") it is
//     [ReasonPartial] with both months, the lower in [Result].Date and the
//     other in [Result].Alt, each of which must not be in the future.
//   - A weekday before the date ("Saturday,", "Sa.", "sábado",
//     "segunda-feira,", "lørdag den", "Samstag, den") or after it (Turkish
//     "5 Nisan 1986 Cumartesi", Hungarian "1986. április 5., szombat",
//     "1986年4月5日(土)", "1986年4月5日土曜日") in any of the languages is
//     checked: a weekday that contradicts the date makes it
//     [ReasonInvalidDate]. Under [Auto] a weekday that fits only one of two
//     readings of an ambiguous date selects that reading (evidence in the
//     input, not a guess). A weekday needs a full date.
//
// After a full date an optional time part is ignored and the date is kept as
// written, never shifted to another zone. It starts with 'T', whitespace, a
// comma ("12 Feb 2006, 19:17") or the words of the locale's CLDR date-time
// pattern ("22 janvier 2015 à 14h40", "22 de dezembro de 2014 às 02:38",
// "18.10.14 um 22:56 Uhr", "12.5.2020 klo 16.45"), then hh:mm (hh.mm after
// such a word or with seconds, French hhhmm), optionally seconds and a
// fraction (.fff, or SQL Server's :fff), am/pm or a.m./p.m., a word such as
// "Uhr", then optionally 'Z', an offset ±hh, ±hh:mm or ±hhmm, a zone
// abbreviation (UTC, GMT, CET, CEST, MEZ, EST, PST and others) and, after
// a zone, its name in parentheses (JavaScript's "Fri Jul 03 2015 18:04:07
// GMT+0100 (Central European Summer Time)"). The compact ISO forms
// 19860405T000000Z and 19860405T1030 are accepted, and a time may also
// stand between day and year as asctime and Unix date write it ("Thu Sep
// 25 10:36:28 2003", "Tue Apr 4 00:22:12 PDT 1995"). "2020-09-28 22:05:51"
// is 2020-09-28. The time must itself be valid (hour 0-23, or 1-12 with
// am/pm; minute 0-59). Anything else after a date is [ReasonTrailingText]
// at the byte offset where it starts.
//
// Never accepted: ranges ("10 - 22 Agosto 2012"), two dates, relative
// dates ("vor 3 Tagen", "five years ago"), epoch numbers and Excel serials
// (31507), "/Date(…)/", a time alone, free text and any word dob does not
// know: an unknown word is an error, never skipped.
//
// The language tables are generated from Unicode CLDR ([CLDRVersion], the
// npm package cldr-dates-full): internal/cldr/extract.go (needs npm)
// writes internal/cldr/dates.json, and go generate writes cldr_tables.go
// from it without network access. [FormatLong] writes a date in a
// language's long form from the same data.
//
// # Day and month order
//
// A numeric date that does not start with a four-digit year is read with
// [Options].Order:
//
//   - [MDY] or [DMY]: the declared reading applies to every such date,
//     dotted or not. An impossible reading is [ReasonInvalidDate]; it is
//     never re-read the other way round.
//   - [Auto], dotted dates (05.04.1986, 5.4.86, 5. 4. 1986): day-first, as
//     if [DMY] were declared. Every locale that writes dates with dots puts
//     the day first (the CLDR short date formats of de, ru, pl, cs, tr, ro,
//     nb, da, fi, uk, hr, ...) and none writes month.day.year, so 05.04.1986
//     is 5 April 1986, and 11.12.2026 is 11 December 2026 (in the future,
//     not re-read as 12 November). A field above 12 does not decide a
//     dotted date: 12.25.1986 has no month 25 and is [ReasonInvalidDate],
//     never re-read as 25 December (declare [MDY] for that). Reading
//     dotted dates both ways matched real mismatches in German exports.
//   - [Auto], slashed, dashed and space-separated dates: a field above 12
//     decides. When both readings are valid and differ the result is
//     [ReasonAmbiguous] carrying both candidates (month-first in
//     [Result].Date and [Error].Candidates[0], day-first in [Result].Alt and
//     Candidates[1]); when both readings are the same day (05/05/1986) that
//     day is returned. A reading that is not a valid date of birth (no such
//     day, in the future, before 1900) is not a candidate.

// Two-digit-year-first dates (86-04-05) are not treated as year-first:
// the first field of a numeric date is a day or month unless it has four
// digits. 86-04-05 is therefore invalid-date under every order, and
// 10-04-05 is read as a day/month date in 2005 like any other.
//
// # Years
//
// Years from 1900 up to the calendar date of [Options].Now are accepted.
// A year before 1900 is [ReasonTooOld]; a date after today, compared as
// calendar dates in Now's location, is [ReasonFuture]. A two-digit year
// takes the latest century that keeps the full date not after Now: with Now
// in November 2026, 70 is 1970, 05 is 2005, 21.11.26 is 2026-11-21 and
// 22.11.26 is 1926-11-22.
//
// # What is never done
//
//   - No rollover: 1990-02-30, 1900-02-29, month 13 and 00/00/1986 are
//     [ReasonInvalidDate] (2000-02-29 is valid).
//   - A zero date (0000-00-00, 00.00.0000, 00/00/0000, 00000000, with or
//     without a time part) is [ReasonZeroDate], not [ReasonInvalidDate]:
//     it is the "no date" placeholder of SQL exports, which the matching
//     policy (package match) counts as a missing value. With a weekday
//     ("Sat 0000-00-00") it is [ReasonInvalidDate]: a weekday needs a full
//     date.
//   - No filling in: "1986", "Sep 1986", "April, 1986", "1986-04" and
//     "04/1986" are [ReasonPartial]; Result.Date and Error.Partial carry the
//     year (and month) with Day 0, so match can compare at that precision
//     (a month name of two months: both, see above). Partial dates need a
//     four-digit year.
//   - No Unix time: a number of 5-7 or 9 and more digits is
//     [ReasonFormat].
//   - No silent choice between day-first and month-first (see above).
//
// # Digits, letters and invisible characters
//
// ASCII digits, fullwidth digits (０-９), Arabic-Indic digits (٠-٩),
// Extended Arabic-Indic digits (۰-۹, Persian and Urdu), Devanagari digits
// (०-९) and Bengali digits (০-৯) are accepted as digits; digits of other
// scripts are [ReasonFormat]. Fullwidth / - . , : + and Unicode dashes count
// as their ASCII forms. Unicode whitespace and invisible characters (the
// default-ignorable code points normalize ignores too: zero-width space and
// joiners, word joiner, soft hyphen, BOM, bidi controls, variation
// selectors, Hangul fillers) separate tokens like a space. Combining diacritics inside a
// word are ignored. Invalid UTF-8 and control characters are never accepted
// and never cause a panic. Input longer than 2 GiB is [ReasonFormat].
//
// # Errors
//
// Every rejection has a [Reason]. [Result.Err] and [Parse] return an
// [*Error] that unwraps to the matching sentinel ([ErrAmbiguous],
// [ErrPartial], ...), so callers use errors.Is and errors.As. Error messages
// are built from the reason and the byte offset only and never contain the
// input text or a date read from it: dates of birth are personal data.
// [ReasonFormat] and [ReasonTrailingText] carry the byte offset where the
// problem starts.
//
// # Performance
//
// Numeric dates are scanned by hand, without time.Parse: plain ASCII
// numeric dates (1986-04-05, 05/04/1986, 05.04.1986, 19860405) and the
// plain ASCII month-name dates (5 April 1986, 5. April 1986, April 5, 1986)
// take a byte-level fast path, and everything else is tokenized once, with month
// and weekday names folded into a stack buffer and looked up in one
// read-only map that holds the names of every language, so a lookup costs
// the same however many languages there are. [Scan] allocates nothing for
// any input, numeric or with month names; [Parse] allocates only the
// returned error. When [Options].Now is zero,
// each call reads the clock once; Now's calendar date is computed only for
// dates close to it.
//
// # Concurrency
//
// All functions are safe for concurrent use by multiple goroutines. The
// package holds no mutable state; its name tables are read-only after
// initialisation. [Date], [Result], [Options] and [Order] are plain values.
package dob
