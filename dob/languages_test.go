package dob_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/dob"
)

// languageRows are dates of birth as people and software of many locales
// write them (issue 12), with the result under the order given (Auto when
// empty).
var languageRows = []struct {
	in    string
	order dob.Order
	want  string
}{
	// Month names, nominative and genitive, with the words of the locale's
	// patterns.
	{"26 апреля 1986 г.", 0, "1986-04-26"},
	{"суббота, 5 апреля 1986 г.", 0, "1986-04-05"},
	{"5 апр. 1986 г.", 0, "1986-04-05"},
	{"5 квітня 1986 р.", 0, "1986-04-05"},
	{"21. července 1969", 0, "1969-07-21"},
	{"sobota 5. dubna 1986", 0, "1986-04-05"},
	{"5 Nisan 1986", 0, "1986-04-05"},
	{"5 NİSAN 1986", 0, "1986-04-05"},
	{"5 NISAN 1986", 0, "1986-04-05"},
	{"5 nisan 1986 Cumartesi", 0, "1986-04-05"},
	{"1 Şubat 1990", 0, "1990-02-01"},
	{"1 ŞUBAT 1990", 0, "1990-02-01"},
	{"31 Ekim 1985", 0, "1985-10-31"},
	{"lørdag den 5. april 1986", 0, "1986-04-05"},
	{"Samstag, den 5. April 1986", 0, "1986-04-05"},
	{"lørdag 5. april 1986", 0, "1986-04-05"},
	{"lördag 5 april 1986", 0, "1986-04-05"},
	{"1986. április 5.", 0, "1986-04-05"},
	{"1986. április 5., szombat", 0, "1986-04-05"},
	{"1986. ápr. 5.", 0, "1986-04-05"},
	{"5. travnja 1986.", 0, "1986-04-05"},
	{"subota, 5. travnja 1986.", 0, "1986-04-05"},
	{"5 Απριλίου 1986", 0, "1986-04-05"},
	{"5 ΑΠΡΙΛΙΟΥ 1986", 0, "1986-04-05"},
	{"5 απριλιου 1986", 0, "1986-04-05"},
	{"Σάββατο 5 Απριλίου 1986", 0, "1986-04-05"},
	{"5 Απρ 1986", 0, "1986-04-05"},
	{"3 Μαΐου 1975", 0, "1975-05-03"},
	{"3 ΜΑΪΟΥ 1975", 0, "1975-05-03"},
	{"5 Απρ\u0301ιλίου 1986", 0, "1986-04-05"},
	{"sâmbătă, 5 aprilie 1986", 0, "1986-04-05"},
	{"marți, 1 aprilie 1986", 0, "1986-04-01"},
	{"lauantai 5. huhtikuuta 1986", 0, "1986-04-05"},
	{"5. huhtikuuta 1986", 0, "1986-04-05"},
	{"sábado, 5 de abril de 1986", 0, "1986-04-05"},
	{"sábado, 5 de abril de 1986", 0, "1986-04-05"},
	{"zaterdag 5 april 1986", 0, "1986-04-05"},
	{"sabato 5 aprile 1986", 0, "1986-04-05"},
	{"samedi 5 avril 1986", 0, "1986-04-05"},
	{"5 avr. 1986 ap. J.-C.", 0, "1986-04-05"},
	{"5. Apr. 1986 n. Chr.", 0, "1986-04-05"},
	{"5 kwietnia 1986 r.", 0, "1986-04-05"},
	{"5 kwietnia 1986 roku", 0, "1986-04-05"},
	{"5 Апреля 1986 года", 0, "1986-04-05"},
	{"5 квітня 1986 року", 0, "1986-04-05"},
	{"5 квітня 1986 року року", 0, "trailing-text@29"},
	{"sobota, 5 kwietnia 1986", 0, "1986-04-05"},
	{"5 de abril de 1986", 0, "1986-04-05"},
	{"5 de Abril de 1986", 0, "1986-04-05"},
	{"5 Jänner 1986", 0, "1986-01-05"},
	{"the 5th of April 1986", 0, "1986-04-05"},
	{"le samedi 5 avril 1986", 0, "1986-04-05"},
	{"Le 11 Décembre 2014 à 09:00", 0, "2014-12-11"},
	{"am 5. April 1986", 0, "1986-04-05"},
	{"den 5. april 1986", 0, "1986-04-05"},
	{"el 5 de abril de 1986", 0, "1986-04-05"},
	{"5 listopada 1986", 0, "amb 1986-10-05 1986-11-05"},
	{"środa, 5 listopada 1986", 0, "1986-11-05"},
	{"niedziela, 5 października 1986", 0, "1986-10-05"},
	{"utorak, 31. listopada 1950.", 0, "1950-10-31"},
	{"31. listopada 1950.", 0, "invalid-date"},
	{"31 lip 1986", 0, "invalid-date"},
	{"czwartek, 31 lipca 1986", 0, "1986-07-31"},
	// A month name of two months keeps both as a partial date (POLICY §3:
	// compared at the precision present), never just the year.
	{"listopad 1986", 0, "partial 1986-10 1986-11"},
	{"lis 1986", 0, "partial 1986-10 1986-11"},
	{"Lis. 1986", 0, "partial 1986-10 1986-11"},
	{"lip 1986", 0, "partial 1986-06 1986-07"},
	{"srp 1986", 0, "partial 1986-07 1986-08"},
	{"listopad 2026", 0, "partial 2026-10 2026-11"},
	{"listopad 2027", 0, "future"},
	{"listopad 1899", 0, "too-old"},
	{"Nov 1986", 0, "partial 1986-11"},

	// CJK year-month-day markers, optional weekday, fullwidth digits.
	{"1986年4月5日", 0, "1986-04-05"},
	{"1986年4月5日(土)", 0, "1986-04-05"},
	{"1986年4月5日（土）", 0, "1986-04-05"},
	{"1986年4月5日土曜日", 0, "1986-04-05"},
	{"1986年4月5日星期六", 0, "1986-04-05"},
	{"１９８６年４月５日", 0, "1986-04-05"},
	{"1986년 4월 5일", 0, "1986-04-05"},
	{"1986년 4월 5일 토요일", 0, "1986-04-05"},
	{"1986년 4월 5일 (토)", 0, "1986-04-05"},
	{"1986年4月", 0, "partial 1986-04"},

	// Native digits.
	{"٠٥/٠٤/١٩٨٦", dob.DMY, "1986-04-05"},
	{"۱۹۸۶/۰۴/۰۵", 0, "1986-04-05"},
	{"०५-०४-१९८६", dob.DMY, "1986-04-05"},
	{"১৯৮৬-০৪-০৫", 0, "1986-04-05"},
	{"５ April １９８６", 0, "1986-04-05"},
	{"٥ أبريل ١٩٨٦", 0, "1986-04-05"},
	{"السبت، ٥ أبريل ١٩٨٦", 0, "1986-04-05"},
	{"۵ آوریل ۱۹۸۶", 0, "1986-04-05"},
	{"५ अप्रैल १९८६", 0, "1986-04-05"},
	{"शनिवार, 5 अप्रैल 1986", 0, "1986-04-05"},
	{"৫ এপ্রিল, ১৯৮৬", 0, "1986-04-05"},

	// Times where common software puts them.
	{"12 Feb 2006, 19:17", 0, "2006-02-12"},
	{"22 janvier 2015 à 14h40", 0, "2015-01-22"},
	{"22 de dezembro de 2014 às 02:38", 0, "2014-12-22"},
	{"18.10.14 um 22:56 Uhr", 0, "2014-10-18"},
	{"12.5.2020 klo 16:45", 0, "2020-05-12"},
	{"12.5.2020 klo 16.45", 0, "2020-05-12"},
	{"5. april 1986 kl. 10.15", 0, "1986-04-05"},
	{"5 апреля 1986 г. в 10:15", 0, "1986-04-05"},
	{"Thu Sep 25 10:36:28 2003", 0, "2003-09-25"},
	{"Tue Apr 4 00:22:12 PDT 1995", 0, "1995-04-04"},
	{"Fri Jul 03 2015 18:04:07 GMT+0100 (Central European Summer Time)", 0, "2015-07-03"},
	{"Dec  8 1963 12:00:00:000AM", 0, "1963-12-08"},
	{"05-APR-86 12.00.00.000000 AM", 0, "1986-04-05"},
	{"19860405T000000Z", 0, "1986-04-05"},
	{"19860405T000000", 0, "1986-04-05"},
	{"19860405T1030", 0, "1986-04-05"},
	{"19860405000000", 0, "1986-04-05"},
	{"1986-04-05Z", 0, "1986-04-05"},
	{"1986-04-05+02:00", 0, "1986-04-05"},
	{"1986-04-05-05:00", 0, "1986-04-05"},
	{"1986-04-05-05", 0, "trailing-text@10"},
	{"1986-04-05+15:00", 0, "trailing-text@10"},
	{"05APR1986", 0, "1986-04-05"},
	{"05APR86", 0, "1986-04-05"},
	{"22042011", dob.DMY, "2011-04-22"},
	{"22042011", 0, "invalid-date"},
}

// languageRejects are invalid dates of birth in many languages: each must
// be an error, never a date.
var languageRejects = []string{
	// Impossible dates.
	"31 апреля 1986 г.", "30. února 1988", "29 Şubat 1987", "31 Απριλίου 1986", "31. travnja 1986.",
	"1986年2月30日", "1986년 13월 5일", "30 février 1988", "31 de junio de 1990", "31 giugno 1990",
	"29. Februar 1900", "32 kwietnia 1986", "0 April 1986", "1986. február 30.",
	// Future and before 1900.
	"5 апреля 2030 г.", "2030年1月1日", "5 April 1850", "1850年1月1日", "1 stycznia 2099",
	// A weekday that contradicts the date.
	"Sonntag, 5. April 1986", "Cumartesi 6 Nisan 1986", "1986年4月5日(日)", "lørdag den 6. april 1986",
	"5 Nisan 1986 Pazar", "Κυριακή 5 Απριλίου 1986", "1986. április 5., vasárnap", "Sunday 5 April 1986 Saturday",
	// Ranges and two dates.
	"10 - 22 Agosto 2012", "10-22 August 2012", "5.-7. April 1986", "April 5-7, 1986", "10 au 22 août 2012",
	"5 April 1986 6 April 1986", "1986-04-05 / 1987-01-01", "05.04.1986 - 06.04.1986", "1986年4月5日1987年4月5日",
	// Relative dates.
	"vor 3 Tagen", "five years ago", "il y a 3 jours", "hace 3 días", "3 дня назад", "gestern", "yesterday",
	"today", "heute", "3 years ago", "tomorrow",
	// Epochs, serials, .NET JSON dates.
	"31507", "512345678", "1234567890", "/Date(512345678000)/", "512345678000", "45000", "-1234567",
	// Times alone.
	"10:30", "22:56 Uhr", "14h40", "10:36:28", "T10:30:00Z",
	// Free text and unknown words.
	"born in april", "keine Angabe", "5 Apples 1986", "5 Aprilx 1986", "5 de abril de 1986 en Madrid",
	"5 April 1986 BC", "5. April 1986 v. Chr.", "5 апреля 1986 до н. э.", "5 Foo 1986", "Caturday 5 April 1986",
	"1986年4月5", "1986年13月5日", "5 April 1986 at noon", "5 April 1986 um", "5 April 1986, 25:00",
	"19860405T256000", "19860405240000", "10. 4. 05.", "the the 5 April 1986", "the", "le 1986-04-05 le",
}

func TestLanguages(t *testing.T) {
	for _, tc := range languageRows {
		t.Run(tc.order.String()+"/"+strconv.Quote(tc.in), func(t *testing.T) {
			assert.Equal(t, tc.want, render(dob.Scan(tc.in, dob.Options{Order: tc.order, Now: now})))
		})
	}
}

// TestTwoMonthPartialFuture: both months of a month name of two months
// must be valid, as for a full date: in October 2026 "listopad 2026" may
// mean November, which is still to come.
func TestTwoMonthPartialFuture(t *testing.T) {
	oct := dob.Options{Now: time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC)}
	assert.Equal(t, "future", render(dob.Scan("listopad 2026", oct)))
	assert.Equal(t, "partial 2026-10", render(dob.Scan("październik 2026", oct)))
	r := dob.Scan("lis 1986", dob.Options{Now: now})
	var e *dob.Error
	require.ErrorAs(t, r.Err(), &e)
	assert.Equal(t, [2]dob.Date{{Year: 1986, Month: 10}, {Year: 1986, Month: 11}}, e.Candidates)
	assert.Equal(t, dob.Date{Year: 1986, Month: 10}, e.Partial)
	assert.NotContains(t, e.Error(), "1986")
}

func TestLanguageRejects(t *testing.T) {
	assert.GreaterOrEqual(t, len(languageRejects), 60)
	for _, in := range languageRejects {
		for _, o := range []dob.Order{dob.Auto, dob.MDY, dob.DMY} {
			t.Run(o.String()+"/"+strconv.Quote(in), func(t *testing.T) {
				r := dob.Scan(in, dob.Options{Order: o, Now: now})
				assert.NotEqual(t, dob.Reason(""), r.Reason, "read as %v", r.Date)
				assert.NotEqual(t, dob.ReasonAmbiguous, r.Reason)
			})
		}
	}
}
