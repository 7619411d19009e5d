package dob

// latinFold maps each code point U+00C0..U+017F to the lower-case ASCII
// letter it carries without its diacritic, or '_' when it has none (Æ, ß,
// Þ, Œ, ×, ÷). Sixteen code points per line.
const latinFold = "" +
	"aaaaaa_ceeeeiiii" + // U+00C0 À..Ï
	"dnooooo_ouuuuy__" + // U+00D0 Ð..ß
	"aaaaaa_ceeeeiiii" + // U+00E0 à..ï
	"dnooooo_ouuuuy_y" + // U+00F0 ð..ÿ
	"aaaaaaccccccccdd" + // U+0100 Ā..ď
	"ddeeeeeeeeeegggg" + // U+0110 Đ..ğ
	"gggghhhhiiiiiiii" + // U+0120 Ġ..į
	"ii__jjkk_lllllll" + // U+0130 İ..Ŀ
	"lllnnnnnn___oooo" + // U+0140 ŀ..ŏ
	"oo__rrrrrrssssss" + // U+0150 Ő..ş
	"ssttttttuuuuuuuu" + // U+0160 Š..ů
	"uuuuwwyyyzzzzzzs" //   U+0170 Ű..ſ

// Keyword codes of words that are neither months nor weekdays.
const (
	kwNone  uint8 = iota
	kwOf          // of, de, del: "3rd of May", "1 de enero de 1990"
	kwSt          // ordinal suffixes
	kwNd          //
	kwRd          //
	kwTh          //
	kwEr          // French "1er"
	kwAD          // AD, CE after the year
	kwT           // ISO date/time separator
	kwZ           // Zulu
	kwAM          // am
	kwPM          // pm
	kwA           // the a of a.m.
	kwP           // the p of p.m.
	kwM           // the m of a.m./p.m.
	kwZone        // zone abbreviations (UTC, CET, ...)
	kwFeira       // Portuguese "segunda-feira"
)

// wordInfo is what a folded word can mean. month is 1..12 or 0; wday is
// time.Weekday+1 or 0.
type wordInfo struct {
	month, wday, kw uint8
}

// monthNames lists, per month, the folded (lower-case, diacritic-free)
// names and abbreviations in English, German, French, Spanish, Italian,
// Dutch, Portuguese and Polish (nominative and genitive).
var monthNames = [12][]string{
	{"january", "jan", "januar", "jaenner", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "styczen", "stycznia", "sty"},
	{"february", "feb", "februar", "feber", "fevrier", "fevr", "fev", "febrero", "febbraio", "februari", "fevereiro", "luty", "lutego", "lut"},
	{"march", "mar", "marz", "maerz", "mrz", "mars", "marzo", "maart", "mrt", "marco", "marzec", "marca"},
	{"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecien", "kwietnia", "kwi"},
	{"may", "mai", "mayo", "maggio", "mag", "mei", "maio", "maj", "maja"},
	{"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze"},
	{"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip"},
	{"august", "aug", "aout", "agosto", "ago", "augustus", "sierpien", "sierpnia", "sie"},
	{"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro", "wrzesien", "wrzesnia", "wrz"},
	{"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "pazdziernik", "pazdziernika", "paz"},
	{"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis"},
	{"december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro", "grudzien", "grudnia", "gru"},
}

// weekdayNames lists, from Sunday to Saturday, the folded weekday names and
// abbreviations in the same eight languages.
var weekdayNames = [7][]string{
	{"sunday", "sun", "sonntag", "so", "dimanche", "dim", "domingo", "dom", "domenica", "zondag", "zo", "niedziela", "niedz", "nd"},
	{"monday", "mon", "montag", "mo", "lundi", "lun", "lunes", "lunedi", "maandag", "ma", "segunda", "seg", "poniedzialek", "pon", "pn"},
	{"tuesday", "tue", "tues", "dienstag", "di", "mardi", "mar", "martes", "martedi", "dinsdag", "terca", "ter", "wtorek", "wt"},
	{"wednesday", "wed", "mittwoch", "mi", "mercredi", "mer", "miercoles", "mie", "mercoledi", "woensdag", "wo", "quarta", "qua", "sroda", "sr"},
	{"thursday", "thu", "thur", "thurs", "donnerstag", "do", "jeudi", "jeu", "jueves", "jue", "giovedi", "gio", "donderdag", "quinta", "qui", "czwartek", "czw"},
	{"friday", "fri", "freitag", "fr", "vendredi", "ven", "viernes", "vie", "venerdi", "vrijdag", "vr", "sexta", "sex", "piatek", "pt"},
	{"saturday", "sat", "samstag", "sonnabend", "sa", "samedi", "sam", "sabado", "sab", "sabato", "zaterdag", "za", "sobota", "sob"},
}

// keywords maps folded words to their keyword code.
var keywords = map[string]uint8{
	"of": kwOf, "de": kwOf, "del": kwOf,
	"st": kwSt, "nd": kwNd, "rd": kwRd, "th": kwTh, "er": kwEr,
	"ad": kwAD, "ce": kwAD,
	"t": kwT, "z": kwZ,
	"am": kwAM, "pm": kwPM, "a": kwA, "p": kwP, "m": kwM,
	"utc": kwZone, "gmt": kwZone, "ut": kwZone,
	"cet": kwZone, "cest": kwZone, "mez": kwZone, "mesz": kwZone,
	"wet": kwZone, "west": kwZone, "eet": kwZone, "eest": kwZone, "bst": kwZone, "ist": kwZone, "msk": kwZone,
	"est": kwZone, "edt": kwZone, "cst": kwZone, "cdt": kwZone, "mst": kwZone, "mdt": kwZone,
	"pst": kwZone, "pdt": kwZone, "akst": kwZone, "akdt": kwZone, "hst": kwZone,
	"aest": kwZone, "aedt": kwZone, "acst": kwZone, "awst": kwZone, "nzst": kwZone, "nzdt": kwZone,
	"jst": kwZone, "kst": kwZone, "hkt": kwZone, "sgt": kwZone,
	"feira": kwFeira,
}

// maxWord is the longest folded word looked up; longer words are unknown.
const maxWord = 16

// words is the read-only lookup table built from monthNames, weekdayNames
// and keywords. It is never written after package initialisation, so
// concurrent lookups are safe.
var words = buildWords()

func buildWords() map[string]wordInfo {
	m := make(map[string]wordInfo, 256)
	for i, names := range monthNames {
		for _, n := range names {
			w := m[n]
			w.month = uint8(i + 1)
			m[n] = w
		}
	}
	for i, names := range weekdayNames {
		for _, n := range names {
			w := m[n]
			w.wday = uint8(i + 1)
			m[n] = w
		}
	}
	for n, kw := range keywords {
		w := m[n]
		w.kw = kw
		m[n] = w
	}
	return m
}
