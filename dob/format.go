package dob

import (
	"strings"
	"time"
)

// FormatLong writes the full date d in the long date format of the
// language lang, with the month name, as Unicode CLDR records it: "5. April
// 1988" (de), "5 avril 1988" (fr), "April 5, 1988" (en), "1988. április
// 5." (hu), "5 Απριλίου 1988" (el), "5 апреля 1988 г." (ru), "1988年4月5日"
// (ja). lang is a BCP 47 tag such as "de", "de-AT" or "pt_PT"; a tag dob
// has no data for falls back to its language ("pt-BR" is written as "pt").
//
// The text always reads back to d through [Parse] with the language's
// day/month order. When the long form's month name also names another
// month in another language (Polish "listopada" is Croatian for October),
// the full form with the weekday is written instead ("środa, 5 listopada
// 1986"), whose weekday tells the two readings apart.
//
// FormatLong reports false, and writes nothing, for a language without
// CLDR data in dob, for a partial date (Day or Month 0: write those
// yourself, for example with [Date.String]), and for a date [Parse] would
// not accept as a date of birth (no such day, before 1900). It is safe for
// concurrent use.
func FormatLong(d Date, lang string) (string, bool) {
	l := localeFor(lang)
	if l == nil || d.Day == 0 || d.Month < 1 || d.Month > 12 || d.Day > daysIn(d.Year, int(d.Month)) {
		return "", false
	}
	o := Options{Order: localeOrder(l), Now: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)}
	for _, pat := range [...]string{l.dateFormats[1], l.dateFormats[0]} { // long, then full
		s, ok := formatPattern(l, pat, d, false)
		if !ok {
			continue
		}
		if back, err := Parse(s, o); err == nil && back == d {
			return s, true
		}
	}
	return "", false
}

// localeFor returns the CLDR locale of tag, or of its language, or nil.
func localeFor(tag string) *cldrLocale {
	tag = strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	for tag != "" {
		for i := range cldrLocales {
			if strings.EqualFold(cldrLocales[i].tag, tag) {
				return &cldrLocales[i]
			}
		}
		k := strings.LastIndexByte(tag, '-')
		if k < 0 {
			break
		}
		tag = tag[:k]
	}
	return nil
}

// Languages returns the CLDR locale tags dob has month and weekday names
// for, sorted: the languages [FormatLong] writes and [Parse] reads.
func Languages() []string {
	tags := make([]string, len(cldrLocales))
	for i := range cldrLocales {
		tags[i] = cldrLocales[i].tag
	}
	return tags
}

// CLDRVersion is the version of the Unicode CLDR data (the npm package
// cldr-dates-full) dob's language tables are generated from.
const CLDRVersion = cldrVersion
