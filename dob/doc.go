// Package dob parses dates of birth as merchants and payment providers write
// them, and never guesses silently.
//
// [Scan] reads a string into a [Result] without allocating; [Parse] returns
// a [Date] or an [*Error] that wraps one sentinel per [Reason]. The package
// implements §3 of the custmatch matching policy as far as parsing goes;
// comparing two dates (including the ambiguous-order rule) belongs to the
// match package.
//
// # Accepted forms
//
// Leading and trailing whitespace is ignored. The date part is one of:
//
//   - Year first, always year-month-day whatever the [Order]: 1986-04-05,
//     1986/04/05, 1986.04.05, 1986 4 5 (one or two digit month and day, the
//     same separator twice), and exactly eight digits 19860405 (YYYYMMDD
//     only).
//   - Numeric day/month first: 05/04/1986, 5-4-86, 05.04.1986, 5 4 1986 (one
//     or two digit fields, the same separator twice, a two- or four-digit
//     year last). See "Day and month order" below.
//   - Month names and abbreviations in English, German, French, Spanish,
//     Italian, Dutch, Portuguese and Polish (nominative and genitive: "5
//     kwietnia 1986"), in any case, with or without diacritics (Marz = März,
//     also in decomposed form), with or without a trailing dot: "5 April
//     1986", "April 5, 1986", "05-Apr-1986", "5. April 1986", "12. März
//     1964", "3rd of May 2001", "May 3rd, 2001", "1 de enero de 1990", "1er
//     janvier 1990", "1.º de maio de 1990", "1986-Apr-05". English ordinal
//     suffixes must agree with the number (1st, 2nd, 3rd, 4th, 11th).
//   - A leading weekday in any of the eight languages ("Saturday,", "Sa.",
//     "sábado", "segunda-feira,") is checked: a weekday that contradicts the
//     date makes it [ReasonInvalidDate]. Under [Auto] a weekday that fits
//     only one of two readings of an ambiguous numeric date selects that
//     reading (evidence in the input, not a guess). A weekday needs a full
//     date.
//   - After the year, "AD" or "CE" is allowed.
//
// After a full date an optional time part is ignored and the date is kept as
// written, never shifted to another zone: 'T' or whitespace, hh:mm,
// optionally :ss and a fraction, optionally am/pm or a.m./p.m., then
// optionally 'Z', an offset ±hh, ±hh:mm or ±hhmm, and a zone abbreviation
// (UTC, GMT, CET, CEST, MEZ, EST, PST and others). "2020-09-28 22:05:51" is
// 2020-09-28. The time must itself be valid (hour 0-23, or 1-12 with am/pm;
// minute 0-59). Anything else after a date is [ReasonTrailingText] at the
// byte offset where it starts.
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
//     not re-read as 12 November). Only a second field above 12, which no
//     day-first reading allows, is read month-first: 12.25.1986 is 25
//     December. Reading dotted dates both ways matched real mismatches in
//     German exports.
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
//     it is the "no date" placeholder of SQL exports, which POLICY §3 counts
//     as a missing value.
//   - No filling in: "1986", "Sep 1986", "April, 1986", "1986-04" and
//     "04/1986" are [ReasonPartial]; Result.Date and Error.Partial carry the
//     year (and month) with Day 0, so match can compare at that precision.
//     Partial dates need a four-digit year.
//   - No Unix time: a number of 5-7 or 9 and more digits is
//     [ReasonFormat].
//   - No silent choice between day-first and month-first (see above).
//
// # Digits, letters and invisible characters
//
// ASCII digits, fullwidth digits (０-９), Arabic-Indic digits (٠-٩) and
// Extended Arabic-Indic digits (۰-۹) are accepted as digits; digits of other
// scripts are [ReasonFormat]. Fullwidth / - . , : + and Unicode dashes count
// as their ASCII forms. Unicode whitespace and invisible format characters
// (zero-width space and joiners, word joiner, soft hyphen, BOM, bidi
// controls) separate tokens like a space. Combining diacritics inside a
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
// numeric dates (1986-04-05, 05/04/1986, 05.04.1986, 19860405) take a
// byte-level fast path, and everything else is tokenized once, with month
// and weekday names folded into a stack buffer and looked up in a read-only
// map. [Scan] allocates nothing for any input, numeric or with month names;
// [Parse] allocates only the returned error. When [Options].Now is zero,
// each call reads the clock once; Now's calendar date is computed only for
// dates close to it.
//
// # Concurrency
//
// All functions are safe for concurrent use by multiple goroutines. The
// package holds no mutable state; its name tables are read-only after
// initialisation. [Date], [Result], [Options] and [Order] are plain values.
package dob
