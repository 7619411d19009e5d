package translit_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/translit"
)

// latin is a shorthand for AppendLatin into a fresh buffer.
func latin(t *testing.T, s string, l translit.Lang, sc translit.Scheme) string {
	t.Helper()
	out, err := translit.AppendLatin(nil, s, l, sc)
	require.NoError(t, err, "%s %s/%s", s, l, sc)
	return string(out)
}

// TestStandardExamples checks each scheme against examples published with it (or, for the press
// conventions, the spellings of well-known names).
func TestStandardExamples(t *testing.T) {
	for _, c := range []struct {
		lang   translit.Lang
		scheme translit.Scheme
		pairs  string // "native=latin;…"
		source string
	}{
		{translit.Russian, translit.ICAO, "Дмитрий=dmitrii;Юлия=iuliia;Щукин=shchukin;Фёдор=fedor;" +
			"Подъячев=podieiachev;Хабаров=khabarov;Цой=tsoi;Наталья=natalia", "ICAO 9303 Part 3, FMS order 320"},
		{translit.Russian, translit.BGN, "Елизово=yelizovo;Чапаевск=chapayevsk;Мейеровка=meyyerovka;" +
			"Юрьев=yuryev;Грозный=groznyy;Дзержинский=dzerzhinskiy;Ульяновск=ulyanovsk;Ельцин=yeltsin",
			"BGN/PCGN 1947 examples"},
		{translit.Russian, translit.English, "Дмитрий=dmitry;Фёдор=fyodor;Хрущёв=khrushchov;Евгений=yevgeny",
			"simplified BGN/PCGN"},
		{translit.Russian, translit.EnglishI, "Юрий=yuri;Сергей=sergei;Николай=nikolai;Дмитрий=dmitri",
			"English press, -i"},
		{translit.Russian, translit.ISO9, "Щукин=sukin;Жуков=zukov;Юлия=ulia;Йошкар=joskar;Эрмитаж=ermitaz",
			"ISO 9:1995 without diacritics"},
		{translit.Russian, translit.German, "Ельцин=jelzin;Достоевский=dostojewski;Горбачёв=gorbatschow;" +
			"Василий=wassili;Алексей=alexej;Ильич=iljitsch;Хрущёв=chruschtschow;Жуков=schukow",
			"Duden"},
		{translit.Russian, translit.French, "Путин=poutine;Юрий=iouri;Евгений=evgueni;Чайковский=tchaikovski;" +
			"Достоевский=dostoievski;Хрущёв=khrouchtchov;Пушкин=pouchkine", "French press"},
		{translit.Ukrainian, translit.National, "Алушта=alushta;Андрій=andrii;Борщагівка=borshchahivka;" +
			"Вінниця=vinnytsia;Гадяч=hadiach;Згурський=zghurskyi;Ґалаґан=galagan;Ґорґани=gorgany;" +
			"Донецьк=donetsk;Рівне=rivne;Есмань=esman;Єнакієве=yenakiieve;Гаєвич=haievych;Короп'є=koropie;" +
			"Житомир=zhytomyr;Закарпаття=zakarpattia;Кадиївка=kadyivka;Мар'їне=marine;Йосипівка=yosypivka;" +
			"Стрий=stryi;Олексій=oleksii;Київ=kyiv;Миколаїв=mykolaiv;Ніжин=nizhyn;Одеса=odesa;" +
			"Тернопіль=ternopil;Троць=trots;Ужгород=uzhhorod;Уляна=uliana;Харків=kharkiv;" +
			"Біла Церква=bila tserkva;Чернівці=chernivtsi;Кишеньки=kyshenky;Щербухи=shcherbukhy;" +
			"Гоща=hoshcha;Яготин=yahotyn;Костянтин=kostiantyn;Знам'янка=znamianka;Феодосія=feodosiia;" +
			"Згорани=zghorany;Розгон=rozghon;Їжакевич=yizhakevych;Юрій=yurii",
			"Cabinet of Ministers resolution 55 (2010), its examples"},
		{translit.Ukrainian, translit.BGN, "Зеленський=zelenskyy;Юлія=yuliya;Київ=kyyiv", "BGN/PCGN 1965"},
		{translit.Ukrainian, translit.German, "Володимир=wolodymyr;Зеленський=selenskyj;Тимошенко=tymoschenko",
			"German press"},
		{translit.Ukrainian, translit.English, "Зеленський=zelensky;Юлія=yulia;Марія=maria", "English press"},
		{translit.Belarusian, translit.ICAO, "Бабрыковіч Аляксандр=babrykovich aliaksandr;" +
			"Міховіч Марыя=mikhovich maryia;Максім=maksim;Іван=ivan;Святлана=sviatlana;Ігар=ihar;" +
			"Палто Алена=palto alena;Мікалай=mikalai;Лукашэнка=lukashenka;Ціханоўская=tsikhanouskaia",
			"ICAO 9303 (Belarusian passports)"},
		{translit.Belarusian, translit.National, "Аляксандр=alaksandr;Мінск=minsk;Ельск=jelsk;Лукашэнка=lukasenka",
			"Belarusian national romanization 2007"},
		{translit.Belarusian, translit.BGN, "Янка=yanka;Ельск=yelsk;Заслаўе=zaslawye", "BGN/PCGN 1979"},
		{translit.Bulgarian, translit.National, "Христо=hristo;Стоичков=stoichkov;Първанов=parvanov;" +
			"Живков=zhivkov;Щерев=shterev;Цветана=tsvetana;Йордан=yordan;Любомир=lyubomir;Мария=maria;" +
			"Кърджали=kardzhali;Лъчезар=lachezar;Бяга=byaga;Ябланица=yablanitsa;Гяуров=gyaurov;Ръченица=rachenitsa",
			"Transliteration Act 2009; Bulgarian Antarctic place names"},
		{translit.Bulgarian, translit.BGN, "Христо=khristo;Първанов=purvanov;Мария=mariya", "BGN/PCGN 1952"},
		{translit.Bulgarian, translit.German, "Христо=christo;Стоичков=stoitschkow;Живков=schiwkow", "German press"},
		{translit.Serbian, translit.National, "Ђоковић=dokovic;Љубљана=ljubljana;Његош=njegos;Џеко=dzeko;Шешељ=seselj",
			"official Serbian Latin without diacritics"},
		{translit.Serbian, translit.English, "Ђоковић=djokovic;Ђорђе=djordje;Ђинђић=djindjic", "English usage"},
		{translit.Macedonian, translit.National, "Ѕвезда=dzvezda;Џамалџи=dzamaldzi;Цветковско Рамниште=cvetkovsko ramniste;" +
			"Чалтанова Пештера=caltanova pestera;Ѓенови=genovi;Ќамилов=kamilov;Јабежица=jabezica",
			"BGN/PCGN 2013 examples"},
		{translit.Macedonian, translit.ICAO, "Ѓорге=gjorge;Ќамилов=kjamilov;Тоше=toshe;Христијан=hristijan", "ICAO 9303"},
		{translit.Greek, translit.ELOT, "Αθήνα=athina;Ευάγγελος=evangelos;Ελευθέριος=eleftherios;Αύγουστος=avgoustos;" +
			"Μπάμπης=bampis;Γιώργος=giorgos;Χρήστος=christos;Γκίκας=gkikas;Λάμπρος=lampros;Ξάνθη=xanthi;" +
			"Ψυχάρης=psycharis;Ευδοκία=evdokia;Ευστάθιος=efstathios;Παύλος=pavlos;Ευαγγελία=evangelia;" +
			"Άγχος=anchos;Ζωή=zoi;Αντετοκούνμπο=antetokounmpo;Ντίνος=ntinos;Βασιλεύς=vasilefs;Αϊδίνης=aidinis",
			"ELOT 743 (UN V/19 annex)"},
		{translit.Greek, translit.ISO843, "Ευάγγελος=euaggelos;Γιώργος=giorgos;Παύλος=paulos;Ντίνος=ntinos", "ISO 843 type 1"},
		{translit.Greek, translit.Common, "Γιάννης=yiannis;Λάμπρος=lambros;Ντίνος=dinos;Παναγιώτης=panayiotis",
			"common English spellings"},
		{translit.Greek, translit.Phonetic, "Γιώργος=yorgos;Χρήστος=hristos;Κυριάκος=kiriakos;Μπάμπης=babis;Γιάνης=yanis",
			"phonetic English spellings"},
	} {
		for _, p := range strings.Split(c.pairs, ";") {
			native, want, _ := strings.Cut(p, "=")
			t.Run(c.lang.String()+"/"+c.scheme.String()+"/"+native, func(t *testing.T) {
				assert.Equal(t, want, latin(t, native, c.lang, c.scheme), c.source)
			})
		}
	}
}

// TestAppendLatinInput checks case, composition, stress marks, Latin words and the errors.
func TestAppendLatinInput(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ДМИТРИЙ", "dmitrii"},
		{"Дмитрии\u0306", "dmitrii"}, // и + combining breve is й
		{"Дми\u0301трий", "dmitrii"}, // a stress mark is dropped
		{"Иван Smith", "ivan Smith"}, // a Latin word is copied
		{"Иван-Петров", "ivan-petrov"},
		{"Е\u200bлена", "elena"},     // an invisible character is dropped, not a word break // punctuation is copied
		{"Max Müller", "Max Müller"}, // Latin text is unchanged
		{"", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.want, latin(t, c.in, translit.Russian, translit.ICAO))
		})
	}
	// An invisible character inside a word is no word break: е after л stays e in BGN/PCGN (not ye).
	assert.Equal(t, "aleksey", latin(t, "Ал\u200bексей", translit.Russian, translit.BGN))
	assert.Equal(t, "yelena", latin(t, "\u200bЕлена", translit.Russian, translit.BGN))

	for _, c := range []struct {
		in   string
		lang translit.Lang
		sc   translit.Scheme
		err  error
	}{
		{"Ивaнов", translit.Russian, translit.ICAO, translit.ErrMixedScript},       // Latin a
		{"Mаксим", translit.Russian, translit.ICAO, translit.ErrMixedScript},       // Latin M
		{"Юлія", translit.Russian, translit.ICAO, translit.ErrUnsupported},         // і is not Russian
		{"Эдуард", translit.Ukrainian, translit.National, translit.ErrUnsupported}, // э is not Ukrainian
		{"Иван", translit.Russian, translit.ELOT, translit.ErrUnsupported},         // no such scheme
		{"Γιώργος", translit.Russian, translit.ICAO, translit.ErrUnsupported},
		{"Γιώργος Иванов", translit.Greek, translit.ELOT, translit.ErrUnsupported},
		{"Արամ Иван", translit.Russian, translit.ICAO, translit.ErrUnsupported}, // Armenian with Cyrillic
		{"Ѣлена", translit.Russian, translit.ICAO, translit.ErrUnsupported},     // pre-1918 yat
		{"Иван", 0, translit.ICAO, translit.ErrUnsupported},
	} {
		t.Run("error/"+c.in, func(t *testing.T) {
			dst := []byte("x")
			out, err := translit.AppendLatin(dst, c.in, c.lang, c.sc)
			assert.ErrorIs(t, err, c.err)
			assert.Equal(t, "x", string(out))
		})
	}
}

// variants returns the variants of name as "lang/scheme=text".
func variants(v *translit.Variants) []string {
	var out []string
	for i := 0; i < v.Len(); i++ {
		out = append(out, v.Lang(i).String()+"/"+v.Scheme(i).String()+"="+v.String(i))
	}
	return out
}

// TestVariants checks the language candidates, the bound, deduplication and the statuses.
func TestVariants(t *testing.T) {
	var v translit.Variants
	require.Equal(t, translit.OK, v.Of("Дмитрий Иванов"))
	assert.Equal(t, "ru/icao=dmitrii ivanov", variants(&v)[0], "the passport scheme first")
	texts := map[string]bool{}
	for _, s := range variants(&v) {
		_, text, _ := strings.Cut(s, "=")
		assert.False(t, texts[text], "duplicate %s", s)
		texts[text] = true
	}
	for _, want := range []string{"dmitrii ivanov", "dmitriy ivanov", "dmitry ivanov", "dmitri ivanov", "dmitri iwanow", "dmitrij ivanov"} {
		assert.True(t, texts[want], want)
	}

	langsOf := func(name string) map[string]bool {
		require.Equal(t, translit.OK, v.Of(name), name)
		out := map[string]bool{}
		for i := 0; i < v.Len(); i++ {
			out[v.Lang(i).String()] = true
		}
		return out
	}
	assert.Equal(t, map[string]bool{"uk": true}, langsOf("Юлія"), "і is Ukrainian")
	assert.Equal(t, map[string]bool{"sr": true}, langsOf("Ђоковић"), "ђ ћ are Serbian")
	assert.Equal(t, map[string]bool{"mk": true}, langsOf("Ѓорге"), "ѓ is Macedonian")
	assert.Equal(t, map[string]bool{"be": true}, langsOf("Ціханоўская"), "ў is Belarusian")
	assert.Equal(t, map[string]bool{"el": true}, langsOf("Γιώργος"))
	require.Equal(t, translit.OK, v.Of("Христо Стоичков"))
	assert.Contains(t, variants(&v), "ru/iso9=hristo stoickov")
	found := false
	for i := 0; i < v.Len(); i++ {
		found = found || v.String(i) == "hristo stoichkov" // the Bulgarian system: Х as h, Ч as ch
	}
	assert.True(t, found, "%v", variants(&v))
	require.Equal(t, translit.OK, v.Of("Първанов"))
	assert.Equal(t, translit.Bulgarian, v.Lang(0), "a hard sign inside a word puts Bulgarian first")
	require.Equal(t, translit.OK, v.Of("Подъячев Эдуард"))
	assert.Equal(t, translit.Russian, v.Lang(0), "э is not Bulgarian")

	for _, c := range []struct {
		in   string
		want translit.Status
	}{
		{"Max Mustermann", translit.NotApplicable},
		{"", translit.NotApplicable},
		{"Mаксим", translit.MixedScript},
		{"Иван Mаксим", translit.MixedScript},
		{"Γιώργος Иванов", translit.Unsupported},
		{"Їы", translit.Unsupported},     // Ukrainian ї with Russian ы: no single language
		{"Արամ", translit.NotApplicable}, // other scripts stay as written
		{"Արամ Иван", translit.Unsupported},
		{"Иван\xff", translit.Unsupported},
	} {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.want, v.Of(c.in))
			assert.Zero(t, v.Len())
		})
	}
}

// TestVariantsBound checks that a name shared by every Cyrillic alphabet stays within MaxVariants and
// within the number of schemes.
func TestVariantsBound(t *testing.T) {
	total := 0
	for l := translit.Russian; l <= translit.Macedonian; l++ {
		total += len(translit.Schemes(l))
	}
	require.LessOrEqual(t, total, translit.MaxVariants)
	var v translit.Variants
	require.Equal(t, translit.OK, v.Of("Анна Мартинова"))
	assert.LessOrEqual(t, v.Len(), total)
	assert.GreaterOrEqual(t, v.Len(), 1)
}

// TestSchemeNames checks the stable names and their round trip.
func TestSchemeNames(t *testing.T) {
	for _, l := range []translit.Lang{translit.Russian, translit.Ukrainian, translit.Belarusian,
		translit.Bulgarian, translit.Serbian, translit.Macedonian, translit.Greek} {
		for _, s := range translit.Schemes(l) {
			b, err := s.MarshalText()
			require.NoError(t, err)
			var back translit.Scheme
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, s, back)
		}
	}
	_, err := translit.ParseScheme("klingon")
	assert.Error(t, err)
	assert.Equal(t, "scheme(200)", translit.Scheme(200).String())
	assert.Equal(t, "lang(200)", translit.Lang(200).String())
	assert.Equal(t, "icao", translit.ICAO.String())
	assert.Equal(t, "uk", translit.Ukrainian.String())
	assert.Nil(t, translit.Schemes(0))
}
