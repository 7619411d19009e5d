package dob_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/dob"
)

// now is the fixed reference date of the tests: 21 November 2026.
var now = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// render writes a Result compactly: "1986-04-05", "amb 1986-05-04 1986-04-05"
// (month-first, day-first), "partial 1986-04", "format@3", or a bare reason.
func render(r dob.Result) string {
	switch r.Reason {
	case "":
		return r.Date.String()
	case dob.ReasonAmbiguous:
		return "amb " + r.Date.String() + " " + r.Alt.String()
	case dob.ReasonPartial:
		if !r.Alt.IsZero() { // a month name of two months
			return "partial " + r.Date.String() + " " + r.Alt.String()
		}
		return "partial " + r.Date.String()
	case dob.ReasonFormat, dob.ReasonTrailingText:
		return string(r.Reason) + "@" + strconv.Itoa(r.Offset)
	}
	return string(r.Reason)
}

// row is one input with its expected rendering under Auto, MDY and DMY; an
// empty mdy or dmy means "same as auto".
type row struct {
	in             string
	auto, mdy, dmy string
}

var table = []row{
	// Cashier and provider examples.
	{in: "1986/04/05", auto: "1986-04-05"},
	{in: "1981-09-05", auto: "1981-09-05"},
	{in: "04/05/1986", auto: "amb 1986-04-05 1986-05-04", mdy: "1986-04-05", dmy: "1986-05-04"},
	{in: "12/31/1999", auto: "1999-12-31", dmy: "invalid-date"},
	{in: "2002-09-23", auto: "2002-09-23"},
	{in: "1990-09-28", auto: "1990-09-28"},
	{in: "1994-11-13", auto: "1994-11-13"},
	{in: "2020-09-28 22:05:51", auto: "2020-09-28"},
	{in: "2024-11-13 10:11:06", auto: "2024-11-13"},

	// Year first: always Y-M-D.
	{in: "1986-4-5", auto: "1986-04-05"},
	{in: "1986.04.05", auto: "1986-04-05"},
	{in: "1986 04 05", auto: "1986-04-05"},
	{in: "1986/4/5", auto: "1986-04-05"},
	{in: "1986-05-04", auto: "1986-05-04"},
	{in: "1986-12-01", auto: "1986-12-01"},
	{in: "19860405", auto: "1986-04-05"},
	{in: "19000101", auto: "1900-01-01"},
	{in: " 1986-04-05 ", auto: "1986-04-05"},
	{in: "\t1986-04-05\r\n", auto: "1986-04-05"},
	{in: "1986 - 04 - 05", auto: "1986-04-05"},
	{in: "1986–04–05", auto: "1986-04-05"},
	{in: "1986-13-05", auto: "invalid-date"},
	{in: "1990-02-30", auto: "invalid-date"},
	{in: "1990-04-31", auto: "invalid-date"},
	{in: "1990-00-10", auto: "invalid-date"},
	{in: "1990-01-00", auto: "invalid-date"},
	{in: "1990-01-32", auto: "invalid-date"},
	{in: "0986-04-05", auto: "too-old"},
	{in: "1899-12-31", auto: "too-old"},
	{in: "2026-11-21", auto: "2026-11-21"},
	{in: "2026-11-22", auto: "future"},
	{in: "3000-01-01", auto: "future"},
	{in: "1986-04/05", auto: "trailing-text@7"},

	// Time parts are ignored, never shifted.
	{in: "1986-04-05T00:00:00Z", auto: "1986-04-05"},
	{in: "1986-04-05T22:05:51.123+02:00", auto: "1986-04-05"},
	{in: "1986-04-05T23:30:00-05:00", auto: "1986-04-05"},
	{in: "1986-04-05T00:30:00+14:00", auto: "1986-04-05"},
	{in: "1986-04-05 23:59", auto: "1986-04-05"},
	{in: "1986-04-05 12:00 PM", auto: "1986-04-05"},
	{in: "1986-04-05 12:00 p.m.", auto: "1986-04-05"},
	{in: "1986-04-05 08:30:00 +0200 CEST", auto: "1986-04-05"},
	{in: "1986-04-05 00:00:00 UTC", auto: "1986-04-05"},
	{in: "1986-04-05 10:00 CET", auto: "1986-04-05"},
	{in: "1986-04-05T10:00Z", auto: "1986-04-05"},
	{in: "1986-04-05 10:00:00,5", auto: "1986-04-05"},
	{in: "1986-04-05 00:00:00.000000", auto: "1986-04-05"},
	{in: "19860405 10:00", auto: "1986-04-05"},
	{in: "05.04.1986 14:30", auto: "1986-04-05", mdy: "1986-05-04"},
	{in: "5 April 1986 10:00 am", auto: "1986-04-05"},
	{in: "1986-04-05 25:00", auto: "trailing-text@11"},
	{in: "1986-04-05 13:00 pm", auto: "trailing-text@11"},
	{in: "1986-04-05 10:61", auto: "trailing-text@11"},
	{in: "1986-04-05 10:00 +15:00", auto: "trailing-text@11"},
	{in: "1986-04-05T", auto: "trailing-text@10"},
	{in: "1986-04-05 10", auto: "trailing-text@11"},
	{in: "1986-04-05 10:00 XYZ", auto: "trailing-text@17"},

	// Trailing text.
	{in: "1986-04-05 garbage", auto: "trailing-text@11"},
	{in: "1986-04-05x", auto: "trailing-text@10"},
	{in: "1986-04-05.", auto: "1986-04-05"},
	{in: "1986-04-05..", auto: "trailing-text@11"},
	{in: "1986-04-05-06", auto: "trailing-text@10"},
	{in: "1986-04-05 Saturday", auto: "1986-04-05"},
	{in: "1986-04-05 Sunday", auto: "invalid-date"},
	{in: "1986-04-05 Saturday Saturday", auto: "trailing-text@20"},
	{in: "1986-04-05, 1987-01-01", auto: "trailing-text@10"},
	{in: "05.04.1986.", auto: "1986-04-05", mdy: "1986-05-04"},
	{in: "10. 4. 05.", auto: "trailing-text@9"}, // Korean yy. M. d.: never read day-first,
	{in: "5/4/1986/3", auto: "trailing-text@8"},
	{in: "5 April 86 BC", auto: "trailing-text@11"},
	{in: "1986-04-05\x00", auto: "trailing-text@10"},
	{in: "1986-04-05\xff", auto: "trailing-text@10"},
	{in: "1986 garbage", auto: "trailing-text@5"},

	// Numeric day/month first.
	{in: "05/04/1986", auto: "amb 1986-05-04 1986-04-05", mdy: "1986-05-04", dmy: "1986-04-05"},
	{in: "5/4/1986", auto: "amb 1986-05-04 1986-04-05", mdy: "1986-05-04", dmy: "1986-04-05"},
	{in: "05-04-1986", auto: "amb 1986-05-04 1986-04-05", mdy: "1986-05-04", dmy: "1986-04-05"},
	{in: "05 04 1986", auto: "amb 1986-05-04 1986-04-05", mdy: "1986-05-04", dmy: "1986-04-05"},
	{in: "05 / 04 / 1986", auto: "amb 1986-05-04 1986-04-05", mdy: "1986-05-04", dmy: "1986-04-05"},
	{in: "05.04.1986", auto: "1986-04-05", mdy: "1986-05-04"},
	{in: "5.4.86", auto: "1986-04-05", mdy: "1986-05-04"},
	{in: "5. 4. 1986", auto: "1986-04-05", mdy: "1986-05-04"},
	{in: "13/04/1986", auto: "1986-04-13", mdy: "invalid-date"},
	{in: "04/13/1986", auto: "1986-04-13", dmy: "invalid-date"},
	{in: "13.04.1986", auto: "1986-04-13", mdy: "invalid-date"},
	// Dotted dates are day-first under Auto, always (POLICY §3: no locale
	// writes month.day.year): a second field above 12 is no month, and the
	// date is invalid rather than re-read month-first. Declared MDY applies.
	{in: "04.13.1986", auto: "invalid-date", mdy: "1986-04-13"},
	{in: "12.25.1986", auto: "invalid-date", mdy: "1986-12-25"},
	{in: "09.13.1986", auto: "invalid-date", mdy: "1986-09-13"},
	{in: "9.13.86", auto: "invalid-date", mdy: "1986-09-13"},
	{in: "12. 25. 1986", auto: "invalid-date", mdy: "1986-12-25"},
	{in: "12.25.1986 10:30", auto: "invalid-date", mdy: "1986-12-25"},
	{in: "11.12.2026", auto: "future", mdy: "2026-11-12"},
	{in: "13.25.1986", auto: "invalid-date"},
	{in: "05/05/1986", auto: "1986-05-05"},
	{in: "13/13/1986", auto: "invalid-date"},

	// Zero dates: the "no date" of SQL exports is reported apart (POLICY
	// §3: a placeholder, missing); other impossible dates stay invalid.
	{in: "0000-00-00", auto: "zero-date"},
	{in: "00.00.0000", auto: "zero-date"},
	{in: "00/00/0000", auto: "zero-date"},
	{in: "00000000", auto: "zero-date"},
	{in: " 0000-00-00 00:00:00 ", auto: "zero-date"},
	{in: "0000/00/00", auto: "zero-date"},
	// A weekday needs a full date: a zero date with one is no "no date"
	// placeholder but an impossible date.
	{in: "Sat 0000-00-00", auto: "invalid-date"},
	{in: "Saturday, 00.00.0000", auto: "invalid-date"},
	{in: "Samstag, 00.00.0000 00:00", auto: "invalid-date"},
	{in: "0000-00-00 Saturday", auto: "invalid-date"},
	{in: "Sat 00/00/0000", auto: "invalid-date"},
	{in: "00/00/1986", auto: "invalid-date"},
	{in: "00.00.1986", auto: "invalid-date"},
	{in: "0000-01-01", auto: "too-old"},
	{in: "00/00/00", auto: "invalid-date"},
	{in: "1986-00-00", auto: "invalid-date"},
	{in: "31/02/1990", auto: "invalid-date"},
	{in: "02/30/1990", auto: "invalid-date"},
	{in: "29/02/2000", auto: "2000-02-29", mdy: "invalid-date"},
	{in: "02/29/1900", auto: "invalid-date"},
	{in: "10/04/05", auto: "amb 2005-10-04 2005-04-10", mdy: "2005-10-04", dmy: "2005-04-10"},
	{in: "01/02/03", auto: "amb 2003-01-02 2003-02-01", mdy: "2003-01-02", dmy: "2003-02-01"},
	{in: "05/04/70", auto: "amb 1970-05-04 1970-04-05", mdy: "1970-05-04", dmy: "1970-04-05"},
	{in: "05/04/26", auto: "amb 2026-05-04 2026-04-05", mdy: "2026-05-04", dmy: "2026-04-05"},
	{in: "21.11.26", auto: "2026-11-21", mdy: "invalid-date"},
	{in: "22.11.26", auto: "1926-11-22", mdy: "invalid-date"},
	{in: "11/22/26", auto: "1926-11-22", dmy: "invalid-date"},
	{in: "12/01/26", auto: "amb 1926-12-01 2026-01-12", mdy: "1926-12-01", dmy: "2026-01-12"},
	{in: "01/01/00", auto: "2000-01-01"},
	{in: "29.02.00", auto: "2000-02-29", mdy: "invalid-date"},
	{in: "29.02.01", auto: "invalid-date"},
	{in: "86-04-05", auto: "invalid-date"},
	{in: "99/99/99", auto: "invalid-date"},
	{in: "05/04/1850", auto: "too-old"},
	{in: "05/04/2030", auto: "future"},
	{in: "12/25/2026", auto: "future", dmy: "invalid-date"},
	{in: "11/12/2026", auto: "2026-11-12", dmy: "future"},
	{in: "05/04/986", auto: "format@6"},
	{in: "05/04/19861", auto: "format@6"},
	{in: "5/4", auto: "format@3"},
	{in: "05/04-1986", auto: "format@5"},
	{in: "19.86.04.05", auto: "trailing-text@8"},

	// Compact numbers and epoch-like numbers.
	{in: "20000229", auto: "2000-02-29"},
	{in: "19000229", auto: "invalid-date"},
	{in: "20261231", auto: "future"},
	{in: "05041986", auto: "invalid-date", dmy: "1986-04-05"},
	{in: "22042011", auto: "invalid-date", dmy: "2011-04-22"},
	{in: "19860405", auto: "1986-04-05"},
	{in: "31021986", auto: "invalid-date"},
	{in: "18991231", auto: "too-old"},
	{in: "1986040", auto: "format@0"},
	{in: "198604", auto: "format@0"},
	{in: "1234567890", auto: "format@0"},
	{in: "519177600", auto: "format@0"},
	{in: "0", auto: "format@1"},
	{in: "123", auto: "format@0"},

	// Partial dates.
	{in: "1986", auto: "partial 1986"},
	{in: "1986-04", auto: "partial 1986-04"},
	{in: "1986/4", auto: "partial 1986-04"},
	{in: "04/1986", auto: "partial 1986-04"},
	{in: "4.1986", auto: "partial 1986-04"},
	{in: "Sep 1986", auto: "partial 1986-09"},
	{in: "April, 1986", auto: "partial 1986-04"},
	{in: "Apr. 1986", auto: "partial 1986-04"},
	{in: "Apr 1986", auto: "partial 1986-04"},
	{in: "septembre 1986", auto: "partial 1986-09"},
	{in: "enero de 1990", auto: "partial 1990-01"},
	{in: "Mar 1986", auto: "partial 1986-03"},
	{in: "2026", auto: "partial 2026"},
	{in: "2026-11", auto: "partial 2026-11"},
	{in: "1986-13", auto: "invalid-date"},
	{in: "13/1986", auto: "invalid-date"},
	{in: "1899", auto: "too-old"},
	{in: "2027", auto: "future"},
	{in: "2026-12", auto: "future"},
	{in: "Dec 2026", auto: "future"},

	// Month names.
	{in: "5 April 1986", auto: "1986-04-05"},
	{in: "April 5, 1986", auto: "1986-04-05"},
	{in: "05-Apr-1986", auto: "1986-04-05"},
	{in: "05APR1986", auto: "1986-04-05"},
	{in: "5. April 1986", auto: "1986-04-05"},
	{in: "12. März 1964", auto: "1964-03-12"},
	{in: "12. Maerz 1964", auto: "1964-03-12"},
	{in: "12 marz 1964", auto: "1964-03-12"},
	{in: "12. MÄRZ 1964", auto: "1964-03-12"},
	{in: "12. Ma\u0308rz 1964", auto: "1964-03-12"},
	{in: "3rd of May 2001", auto: "2001-05-03"},
	{in: "May 3rd, 2001", auto: "2001-05-03"},
	{in: "1 de enero de 1990", auto: "1990-01-01"},
	{in: "1 de enero del 1990", auto: "1990-01-01"},
	{in: "1er janvier 1990", auto: "1990-01-01"},
	{in: "5 April 1986 AD", auto: "1986-04-05"},
	{in: "1986-Apr-05", auto: "1986-04-05"},
	{in: "1986 April 5", auto: "1986-04-05"},
	{in: "5 kwietnia 1986", auto: "1986-04-05"},
	{in: "5 kwiecień 1986", auto: "1986-04-05"},
	{in: "5 KWIETNIA 1986", auto: "1986-04-05"},
	{in: "1 stycznia 2000", auto: "2000-01-01"},
	{in: "15 października 1985", auto: "1985-10-15"},
	{in: "15 pazdziernika 1985", auto: "1985-10-15"},
	{in: "28 lutego 1990", auto: "1990-02-28"},
	{in: "30 września 1975", auto: "1975-09-30"},
	{in: "12 grudnia 1965", auto: "1965-12-12"},
	{in: "1º de maio de 1990", auto: "1990-05-01"},
	{in: "1.º de Maio de 1990", auto: "1990-05-01"},
	{in: "Mon, 07 Apr 1986 10:00:00 GMT", auto: "1986-04-07"},
	{in: "5/Apr/1986", auto: "1986-04-05"},
	{in: "sáb., 5 abr. 1986", auto: "1986-04-05"},
	{in: "śr., 2 kwietnia 1986", auto: "1986-04-02"},
	{in: "mar. 5 1986", auto: "1986-03-05"},
	{in: "25 de dezembro de 1980", auto: "1980-12-25"},
	{in: "10 de março de 1982", auto: "1982-03-10"},
	{in: "2 février 1972", auto: "1972-02-02"},
	{in: "2 fevrier 1972", auto: "1972-02-02"},
	{in: "15 août 1969", auto: "1969-08-15"},
	{in: "15 aout 1969", auto: "1969-08-15"},
	{in: "3 déc. 1955", auto: "1955-12-03"},
	{in: "7 mars 1977", auto: "1977-03-07"},
	{in: "14 juillet 1989", auto: "1989-07-14"},
	{in: "1 gennaio 1990", auto: "1990-01-01"},
	{in: "25 dicembre 1980", auto: "1980-12-25"},
	{in: "15 agosto 1975", auto: "1975-08-15"},
	{in: "5 maart 1986", auto: "1986-03-05"},
	{in: "17 mei 1988", auto: "1988-05-17"},
	{in: "1 oktober 1970", auto: "1970-10-01"},
	{in: "4 julio 1976", auto: "1976-07-04"},
	{in: "20 septiembre 1994", auto: "1994-09-20"},
	{in: "6 Jänner 1961", auto: "1961-01-06"},
	{in: "Jan 1, 2000", auto: "2000-01-01"},
	{in: "Feb 29, 2000", auto: "2000-02-29"},
	{in: "sept. 3, 1999", auto: "1999-09-03"},
	{in: "Sept 3rd 1999", auto: "1999-09-03"},
	{in: "3 Sept. 1999", auto: "1999-09-03"},
	{in: "05-APR-86", auto: "1986-04-05"},
	{in: "5-apr-26", auto: "2026-04-05"},
	{in: "May 5 1986", auto: "1986-05-05"},
	{in: "Dec. 24, 1974", auto: "1974-12-24"},
	{in: "24-Dec-1974", auto: "1974-12-24"},
	{in: "Dezember 5, 1986", auto: "1986-12-05"},
	{in: "21st of March 1990", auto: "1990-03-21"},
	{in: "22nd of March 1990", auto: "1990-03-22"},
	{in: "23rd March 1990", auto: "1990-03-23"},
	{in: "11th March 1990", auto: "1990-03-11"},
	{in: "12th March 1990", auto: "1990-03-12"},
	{in: "13th March 1990", auto: "1990-03-13"},
	{in: "5\u00a0April\u00a01986", auto: "1986-04-05"},
	{in: "Feb 29, 1900", auto: "invalid-date"},
	{in: "31 April 1986", auto: "invalid-date"},
	{in: "June 31, 1990", auto: "invalid-date"},
	{in: "32 April 1986", auto: "invalid-date"},
	{in: "0 April 1986", auto: "invalid-date"},
	{in: "5 Apr 2030", auto: "future"},
	{in: "5 Apr 1850", auto: "too-old"},
	{in: "1th March 1990", auto: "format@1"},
	{in: "2st May 2001", auto: "format@1"},
	{in: "11st May 2001", auto: "format@2"},
	{in: "2er mai 2001", auto: "format@1"},
	{in: "5 Aprl 1986", auto: "format@2"},
	{in: "April", auto: "format@5"},
	{in: "April 5", auto: "format@7"},
	{in: "5 April", auto: "format@7"},

	// Leading weekdays.
	{in: "Saturday, 5 April 1986", auto: "1986-04-05"},
	{in: "Sat, 05 Apr 1986", auto: "1986-04-05"},
	{in: "Samstag, 5. April 1986", auto: "1986-04-05"},
	{in: "Sa., 05.04.1986", auto: "1986-04-05", mdy: "invalid-date"},
	{in: "samedi 5 avril 1986", auto: "1986-04-05"},
	{in: "sábado, 5 de abril de 1986", auto: "1986-04-05"},
	{in: "sabato 5 aprile 1986", auto: "1986-04-05"},
	{in: "zaterdag 5 april 1986", auto: "1986-04-05"},
	{in: "sobota, 5 kwietnia 1986", auto: "1986-04-05"},
	{in: "segunda-feira, 7 de abril de 1986", auto: "1986-04-07"},
	{in: "Saturday, April 5, 1986", auto: "1986-04-05"},
	{in: "Saturday 1986-04-05", auto: "1986-04-05"},
	{in: "Saturday, 05/04/1986", auto: "1986-04-05", mdy: "invalid-date"},
	{in: "Sunday, 05/04/1986", auto: "1986-05-04", dmy: "invalid-date"},
	{in: "Monday, 05/04/1986", auto: "invalid-date"},
	{in: "Sunday, 5 April 1986", auto: "invalid-date"},
	{in: "mar 5 abril 1986", auto: "invalid-date"},
	{in: "mar 8 abril 1986", auto: "1986-04-08"},
	{in: "Mar 5, 1986", auto: "1986-03-05"},
	{in: "Saturday", auto: "format@8"},
	{in: "Saturday, April 1986", auto: "format@16"},
	{in: "Tuesday 1986", auto: "format@12"},

	// Digits and invisible characters.
	{in: "１９８６-０４-０５", auto: "1986-04-05"},
	{in: "１９８６／０４／０５", auto: "1986-04-05"},
	{in: "٠٥/٠٤/١٩٨٦", auto: "amb 1986-05-04 1986-04-05", mdy: "1986-05-04", dmy: "1986-04-05"},
	{in: "١٩٨٦-٠٤-٠٥", auto: "1986-04-05"},
	{in: "۱۹۸۶-۰۴-۰۵", auto: "1986-04-05"},
	{in: "\ufeff1986-04-05", auto: "1986-04-05"},
	{in: "\u200e05.04.1986\u200f", auto: "1986-04-05", mdy: "1986-05-04"},
	{in: "१९८६-०४-०५", auto: "1986-04-05"},
	{in: "১৯৮৬-০৪-০৫", auto: "1986-04-05"},
	{in: "๑๙๘๖-๐๔-๐๕", auto: "format@0"},

	// Other rejections.
	{in: "", auto: "empty"},
	{in: "   ", auto: "empty"},
	{in: "\t\n", auto: "empty"},
	{in: "\u00a0\u3000", auto: "empty"},
	{in: "hello", auto: "format@0"},
	{in: "n/a", auto: "format@0"},
	{in: "-", auto: "format@0"},
	{in: "+1986-04-05", auto: "format@0"},
	{in: "'1986-04-05'", auto: "format@0"},
	{in: "\xff1986-04-05", auto: "format@0"},
	{in: "T1986", auto: "format@0"},
	{in: "0.0.0", auto: "format@4"},
	{in: "1986年4月5日", auto: "1986-04-05"},
	{in: "1e3", auto: "format@1"},
	{in: "  garbage 1986-04-05", auto: "format@2"},
}

func TestScanTable(t *testing.T) {
	require.GreaterOrEqual(t, len(table), 150)
	rejected := 0
	for _, tc := range table {
		if !isDate(tc.auto) && !strings.HasPrefix(tc.auto, "amb ") && !strings.HasPrefix(tc.auto, "partial ") {
			rejected++
		}
	}
	t.Logf("%d inputs, %d rejected under Auto", len(table), rejected)
	require.GreaterOrEqual(t, rejected, 40)

	for _, tc := range table {
		want := map[dob.Order]string{dob.Auto: tc.auto, dob.MDY: tc.mdy, dob.DMY: tc.dmy}
		for _, order := range []dob.Order{dob.Auto, dob.MDY, dob.DMY} {
			w := want[order]
			if w == "" {
				w = tc.auto
			}
			t.Run(order.String()+"/"+strconv.Quote(tc.in), func(t *testing.T) {
				r := dob.Scan(tc.in, dob.Options{Order: order, Now: now})
				assert.Equal(t, w, render(r))
				d, err := dob.Parse(tc.in, dob.Options{Order: order, Now: now})
				if r.Reason == "" {
					assert.NoError(t, err)
					assert.Equal(t, r.Date, d)
				} else {
					assert.Error(t, err)
					assert.Equal(t, dob.Date{}, d, "Parse returns the zero Date on error")
				}
			})
		}
	}
}

// isDate reports whether s is a rendered successful date.
func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func TestLeapYears(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2000-02-29", "2000-02-29"},
		{"1900-02-29", "invalid-date"},
		{"1996-02-29", "1996-02-29"},
		{"2004-02-29", "2004-02-29"},
		{"2024-02-29", "2024-02-29"},
		{"2001-02-29", "invalid-date"},
		{"1999-02-29", "invalid-date"},
		{"2000-02-30", "invalid-date"},
		{"29 February 2000", "2000-02-29"},
		{"29 February 1900", "invalid-date"},
		{"29.02.1900", "invalid-date"},
		{"29.02.00", "2000-02-29"},
		{"02/29/96", "1996-02-29"},
		{"19960229", "1996-02-29"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, render(dob.Scan(tc.in, dob.Options{Now: now})))
		})
	}
}

func TestTwoDigitPivot(t *testing.T) {
	tests := []struct {
		now  time.Time
		in   string
		want string
	}{
		{now, "05.04.70", "1970-04-05"},
		{now, "05.04.05", "2005-04-05"},
		{now, "05.04.00", "2000-04-05"},
		{now, "05.04.99", "1999-04-05"},
		{now, "05.04.26", "2026-04-05"},
		{now, "21.11.26", "2026-11-21"},
		{now, "22.11.26", "1926-11-22"},
		{now, "05.04.27", "1927-04-05"},
		{now, "5 Apr 86", "1986-04-05"},
		{now, "Apr 5, 05", "2005-04-05"},
		// Now in another century: 2101-01-01 makes 00 land in 2100.
		{time.Date(2101, 1, 1, 0, 0, 0, 0, time.UTC), "01.01.00", "2100-01-01"},
		{time.Date(2101, 1, 1, 0, 0, 0, 0, time.UTC), "02.01.01", "2001-01-02"},
		{time.Date(2101, 1, 1, 0, 0, 0, 0, time.UTC), "29.02.00", "invalid-date"},
		// The calendar date of Now is taken in Now's location: 21 Nov 23:30
		// in New York is already 22 Nov in UTC, yet still 21 Nov here.
		{time.Date(2026, 11, 21, 23, 30, 0, 0, time.FixedZone("EST", -5*3600)), "2026-11-22", "future"},
		{time.Date(2026, 11, 22, 1, 0, 0, 0, time.FixedZone("CET", 3600)), "2026-11-22", "2026-11-22"},
		{time.Date(2026, 11, 22, 1, 0, 0, 0, time.FixedZone("CET", 3600)), "22.11.26", "2026-11-22"},
	}
	for _, tc := range tests {
		t.Run(tc.now.Format("2006-01-02")+"/"+tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, render(dob.Scan(tc.in, dob.Options{Now: tc.now, Order: dob.DMY})))
		})
	}
}

func TestZeroNowUsesClock(t *testing.T) {
	d, err := dob.Parse("1986-04-05", dob.Options{})
	require.NoError(t, err)
	assert.Equal(t, dob.Date{Year: 1986, Month: time.April, Day: 5}, d)
	_, err = dob.Parse("9999-12-31", dob.Options{})
	assert.ErrorIs(t, err, dob.ErrFuture)
	// Issue 11: a dotted date is day-first under the zero Options.
	d, err = dob.Parse("05.04.1986", dob.Options{})
	require.NoError(t, err)
	assert.Equal(t, dob.Date{Year: 1986, Month: time.April, Day: 5}, d)
}

func TestErrors(t *testing.T) {
	tests := []struct {
		in       string
		sentinel error
		msg      string
		check    func(t *testing.T, e *dob.Error)
	}{
		{"", dob.ErrEmpty, "dob: empty", nil},
		{"  hello", dob.ErrFormat, "dob: unrecognised date format at byte 2", nil},
		{"1990-02-30", dob.ErrInvalidDate, "dob: not a calendar date", nil},
		{"2030-01-01", dob.ErrFuture, "dob: date is in the future", nil},
		{"1850-01-01", dob.ErrTooOld, "dob: year before 1900", nil},
		{"0000-00-00", dob.ErrZeroDate, "dob: zero date (no date given)", nil},
		{"1986-04-05 garbage", dob.ErrTrailingText, "dob: unexpected text after the date at byte 11", nil},
		{"1986", dob.ErrPartial, "dob: partial date (year only)", func(t *testing.T, e *dob.Error) {
			assert.Equal(t, dob.Date{Year: 1986}, e.Partial)
		}},
		{"Sep 1986", dob.ErrPartial, "dob: partial date (day missing)", func(t *testing.T, e *dob.Error) {
			assert.Equal(t, dob.Date{Year: 1986, Month: time.September}, e.Partial)
		}},
		{"05/04/1986", dob.ErrAmbiguous, "dob: ambiguous date (two readings)", func(t *testing.T, e *dob.Error) {
			assert.Equal(t, [2]dob.Date{{1986, time.May, 4}, {1986, time.April, 5}}, e.Candidates)
		}},
	}
	for _, tc := range tests {
		t.Run(strconv.Quote(tc.in), func(t *testing.T) {
			_, err := dob.Parse(tc.in, dob.Options{Now: now})
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.sentinel)
			assert.Equal(t, tc.msg, err.Error())
			var e *dob.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.sentinel, e.Unwrap())
			if tc.check != nil {
				tc.check(t, e)
			}
			if tc.in != "" {
				assert.NotContains(t, err.Error(), strings.TrimSpace(tc.in))
			}
		})
	}
	// Only the sentinel of the reason matches.
	_, err := dob.Parse("05/04/1986", dob.Options{Now: now})
	assert.False(t, errors.Is(err, dob.ErrPartial))
	assert.Nil(t, dob.Result{}.Err())
	assert.Equal(t, "dob: unknown reason", (&dob.Error{Reason: "nope"}).Error())
	assert.Nil(t, (&dob.Error{Reason: "nope"}).Unwrap())
}

func TestDateString(t *testing.T) {
	tests := []struct {
		d    dob.Date
		want string
	}{
		{dob.Date{Year: 1986, Month: time.April, Day: 5}, "1986-04-05"},
		{dob.Date{Year: 1986, Month: time.December, Day: 31}, "1986-12-31"},
		{dob.Date{Year: 1986, Month: time.April}, "1986-04"},
		{dob.Date{Year: 1986}, "1986"},
		{dob.Date{Year: 986, Month: 1, Day: 1}, "0986-01-01"},
		{dob.Date{}, "0000"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.d.String())
		})
	}
	assert.True(t, dob.Date{}.IsZero())

	// The documented round trip (issue 17): a full date parses back under
	// every Order, a partial one scans back as partial with the same Date.
	for _, d := range []dob.Date{{1986, time.April, 5}, {1900, time.January, 1}, {2026, time.November, 21}} {
		for _, o := range []dob.Order{dob.Auto, dob.MDY, dob.DMY} {
			back, err := dob.Parse(d.String(), dob.Options{Order: o, Now: now})
			require.NoError(t, err)
			assert.Equal(t, d, back)
		}
	}
	for _, d := range []dob.Date{{Year: 1986, Month: time.September}, {Year: 1986}, {Year: 2026, Month: time.November}} {
		r := dob.Scan(d.String(), dob.Options{Now: now})
		assert.Equal(t, dob.ReasonPartial, r.Reason, d.String())
		assert.Equal(t, d, r.Date, d.String())
		_, err := dob.Parse(d.String(), dob.Options{Now: now})
		var e *dob.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, d, e.Partial)
	}
	assert.False(t, dob.Date{Year: 1986}.IsZero())
}

func TestOrder(t *testing.T) {
	tests := []struct {
		in   string
		want dob.Order
		ok   bool
	}{
		{"auto", dob.Auto, true},
		{"MDY", dob.MDY, true},
		{" dmy ", dob.DMY, true},
		{"Dmy", dob.DMY, true},
		{"", dob.Auto, false},
		{"ymd", dob.Auto, false},
	}
	for _, tc := range tests {
		t.Run(strconv.Quote(tc.in), func(t *testing.T) {
			o, err := dob.ParseOrder(tc.in)
			if !tc.ok {
				assert.ErrorIs(t, err, dob.ErrUnknownOrder)
				assert.NotContains(t, err.Error(), tc.in+"\"")
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tc.want, o)
			b, err := o.MarshalText()
			assert.NoError(t, err)
			var back dob.Order
			assert.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, o, back)
		})
	}
	assert.Equal(t, "Order(7)", dob.Order(7).String())
	_, err := dob.Order(7).MarshalText()
	assert.ErrorIs(t, err, dob.ErrUnknownOrder)
	var o dob.Order
	assert.ErrorIs(t, o.UnmarshalText([]byte("xyz")), dob.ErrUnknownOrder)
	// An undefined Order behaves like Auto.
	assert.Equal(t, dob.ReasonAmbiguous, dob.Scan("05/04/1986", dob.Options{Order: 7, Now: now}).Reason)
}

func TestScanAllocs(t *testing.T) {
	inputs := []string{
		"1986-04-05", "04/25/1986", "05.04.1986", "19860405", "5 April 1986",
		"Saturday, 5. April 1986", "15 października 1985", "05/04/1986",
		"1986-04-05T22:05:51.123+02:00", "1986-04-05 garbage", "Sep 1986", "hello",
		"26 апреля 1986 г.", "1986年4月5日(土)", "5 Απριλίου 1986", "1986. április 5., szombat",
		"Fri Jul 03 2015 18:04:07 GMT+0100 (Central European Summer Time)", "5. Apr. 1986 n. Chr.",
		"19860405T000000Z", "5 listopada 1986",
	}
	for _, in := range inputs {
		t.Run(strconv.Quote(in), func(t *testing.T) {
			allocs := testing.AllocsPerRun(50, func() {
				dob.Scan(in, dob.Options{Now: now})
			})
			assert.Zero(t, allocs)
		})
	}
}

func TestTokenLimit(t *testing.T) {
	long := "1986-04-05" + strings.Repeat(" 10:00", 10)
	assert.Equal(t, "trailing-text@17", render(dob.Scan(long, dob.Options{Now: now})))
	many := strings.Repeat("1 ", 100)
	assert.Equal(t, "format@4", render(dob.Scan(many, dob.Options{Now: now})))
	// The longest accepted shape still fits the token limit.
	full := "segunda-feira, 7 de abril de 1986 AD 10:00:00.123 p.m. +02:00 CEST"
	assert.Equal(t, "1986-04-07", render(dob.Scan(full, dob.Options{Now: now})))
}
