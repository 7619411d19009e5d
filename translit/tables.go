package translit

// The Cyrillic tables, one per language and scheme, in the order Variants tries them (the scheme of the
// language's passports first). Every table of a language lists the same letters: that set is the
// language's alphabet, which decides whether the language is a candidate for a name.
//
// Diacritics are dropped from the Latin forms (ISO 9 ž → z, Serbian đ → d, ć → c): the Latin side of a
// comparison is normalized the same way, so Đoković and Dokovic are one spelling there.
//
// Sources (each table cites its own):
//   - ICAO Doc 9303 "Machine Readable Travel Documents", Part 3, section 6 (transliteration of Cyrillic
//     characters, with the language exceptions: Г H in Belarusian; Ё IO in Belarusian; И Y in
//     Ukrainian; Щ SHT in Bulgarian; Ѓ GJ, Ќ KJ, Џ DJ, Х H, Ц C in Macedonian); the same table as
//     reproduced in FMS order no. 320 of 15 Oct 2012 (Russian foreign passports since 2013),
//     https://docs.cntd.ru/document/420215211 and http://trworkshop.net (ICAO extract with exceptions).
//   - BGN/PCGN: "Romanization of Russian, BGN/PCGN 1947 System" (UK government PDF, checked June 2019);
//     BGN/PCGN 1965 Ukrainian; BGN/PCGN 1979 Belarusian; BGN/PCGN 1952 Bulgarian (before the 2013
//     adoption of the Bulgarian national system); BGN/PCGN 2013 Macedonian (= the Macedonian national
//     system); U.S. BGN "Romanization Systems and Roman-Script Spelling Conventions" (1994), pp. 84-85.
//   - Ukraine: Cabinet of Ministers resolution no. 55 of 27 January 2010 (golos.ua, cripo.com.ua reports
//     of the resolution; its example list, e.g. Згурський = Zghurskyi, Андрій = Andrii).
//   - Bulgaria: Transliteration Act 2009 (the Streamlined System; ъ a, щ sht, х h, ц ts, final -ия -ia).
//   - Belarus: GKI instruction on the romanization of Belarusian geographic names (2007, adopted by the UN
//     in 2007).
//   - Serbia: the official Serbian Latin alphabet (Gaj's Latin, Constitution of Serbia art. 10).
//   - ISO 9:1995 "Transliteration of Cyrillic characters into Latin characters" (one letter per letter).
//   - German: Duden transcription of Russian (Rechtschreibung, "Transkription aus dem Russischen"),
//     and the German press usage for Ukrainian and Bulgarian built on it (Selenskyj, Stoitschkow).
//   - French: the French transcription of Russian names used by the French press (Poutine, Iouri,
//     Tchaïkovski, Khrouchtchev).
//   - English: the simplified BGN/PCGN form used by English-language publications (BGN/PCGN article:
//     ё as yo, -iy and -yy as -y, no apostrophes for ъ and ь); Serbian đ as dj (Djokovic).
var cyrSpecs = []cyrSpec{
	// ---------------------------------------------------------------- Russian
	{lang: Russian, scheme: ICAO, // Doc 9303 Part 3; FMS order 320 (2012)
		base: "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=kh ц=ts ч=ch ш=sh щ=shch ъ=ie ы=y ь= э=e ю=iu я=ia"},
	{lang: Russian, scheme: BGN, // BGN/PCGN 1947: е, ё as ye, yë initially, after vowels, й, ъ, ь
		base: "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya",
		init: "е=ye ё=ye", initAt: atStart | afterVowel | afterSign},
	{lang: Russian, scheme: English, // simplified BGN/PCGN: ё yo (o after ж ч ш щ), -ий and -ый -y
		base: "а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya",
		init: "е=ye ё=yo", initAt: atStart | afterVowel | afterSign,
		afterSet: "жчшщ", after: "ё=o", ends: "ий=y ый=y"},
	{lang: Russian, scheme: EnglishI, // English press with -i: Yuri, Dmitri, Sergei, Nikolai, Aleksei
		base: "а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya",
		init: "е=ye ё=yo", initAt: atStart | afterVowel | afterSign,
		afterSet: "жчшщ", after: "ё=o", ends: "ий=i ый=y"},
	{lang: Russian, scheme: ISO9, // ISO 9:1995 without diacritics (ž z, č c, š s, ŝ s, û u, â a, è e)
		base: "а=a б=b в=v г=g д=d е=e ё=e ж=z з=z и=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=h ц=c ч=c ш=s щ=s ъ= ы=y ь= э=e ю=u я=a"},
	{lang: Russian, scheme: German, // Duden: Jelzin, Gorbatschow, Dostojewski, Wassili, Alexej, Dmitri
		base: "а=a б=b в=w г=g д=d е=e ё=jo ж=sch з=s и=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u " +
			"ф=f х=ch ц=z ч=tsch ш=sch щ=schtsch ъ= ы=y ь= э=e ю=ju я=ja",
		init: "е=je", initAt: atStart | afterVowel | afterSign,
		afterSet: "жчшщ", after: "ё=o", ends: "ий=i ый=y", pairs: "кс=x ьи=ji ьо=jo", ss: true},
	{lang: Russian, scheme: French, // French press: Poutine, Iouri, Evgueni, Tchaïkovski, Dostoïevski
		base: "а=a б=b в=v г=g д=d е=e ё=io ж=j з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=ou " +
			"ф=f х=kh ц=ts ч=tch ш=ch щ=chtch ъ= ы=y ь= э=e ю=iou я=ia",
		init: "е=ie", initAt: afterVowel | afterSign,
		afterSet: "жчшщ", after: "ё=o", ends: "ий=i ый=y ин=ine", pairs: "кс=x", ss: true, gu: true},

	// ---------------------------------------------------------------- Ukrainian
	{lang: Ukrainian, scheme: National, // resolution 55 (2010): Ye Yi Y Yu Ya only at the start of a word
		base: "а=a б=b в=v г=h ґ=g д=d е=e є=ie ж=zh з=z и=y і=i ї=i й=i к=k л=l м=m н=n о=o п=p р=r " +
			"с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ь= ю=iu я=ia",
		init: "є=ye ї=yi й=y ю=yu я=ya", initAt: atStart, pairs: "зг=zgh"},
	{lang: Ukrainian, scheme: English, // English press: the national system with -ія -ia, -ий -y (Yulia, Zelensky)
		base: "а=a б=b в=v г=h ґ=g д=d е=e є=ie ж=zh з=z и=y і=i ї=i й=i к=k л=l м=m н=n о=o п=p р=r " +
			"с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ь= ю=iu я=ia",
		init: "є=ye ї=yi й=y ю=yu я=ya", initAt: atStart, ends: "ий=y", pairs: "зг=zgh ія=ia"},
	{lang: Ukrainian, scheme: ICAO, // Doc 9303: И Y in Ukrainian, Г G, Є IE, Ї I
		base: "а=a б=b в=v г=g ґ=g д=d е=e є=ie ж=zh з=z и=y і=i ї=i й=i к=k л=l м=m н=n о=o п=p р=r " +
			"с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ь= ю=iu я=ia"},
	{lang: Ukrainian, scheme: BGN, // BGN/PCGN 1965
		base: "а=a б=b в=v г=h ґ=g д=d е=e є=ye ж=zh з=z и=y і=i ї=yi й=y к=k л=l м=m н=n о=o п=p р=r " +
			"с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ь= ю=yu я=ya"},
	{lang: Ukrainian, scheme: ISO9, // ISO 9:1995 without diacritics (ì i, ï i, ê e, g̀ g)
		base: "а=a б=b в=v г=g ґ=g д=d е=e є=e ж=z з=z и=i і=i ї=i й=j к=k л=l м=m н=n о=o п=p р=r " +
			"с=s т=t у=u ф=f х=h ц=c ч=c ш=s щ=s ь= ю=u я=a"},
	{lang: Ukrainian, scheme: German, // German press: Wolodymyr Selenskyj, Julija Tymoschenko
		base: "а=a б=b в=w г=h ґ=g д=d е=e є=je ж=sch з=s и=y і=i ї=ji й=j к=k л=l м=m н=n о=o п=p " +
			"р=r с=s т=t у=u ф=f х=ch ц=z ч=tsch ш=sch щ=schtsch ь= ю=ju я=ja",
		ss: true},

	// ---------------------------------------------------------------- Belarusian
	{lang: Belarusian, scheme: ICAO, // Doc 9303: Г H, Ё IO in Belarusian (Aliaksandr, Maryia)
		base: "а=a б=b в=v г=h д=d е=e ё=io ж=zh з=z і=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u " +
			"ў=u ф=f х=kh ц=ts ч=ch ш=sh ы=y ь= э=e ю=iu я=ia"},
	{lang: Belarusian, scheme: National, // GKI 2007 without diacritics: je/ie, after л e o u a
		base: "а=a б=b в=v г=h д=d е=ie ё=io ж=z з=z і=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u " +
			"ў=u ф=f х=ch ц=c ч=c ш=s ы=y ь= э=e ю=iu я=ia",
		init: "е=je ё=jo ю=ju я=ja", initAt: atStart | afterVowel | afterSign,
		afterSet: "л", after: "е=e ё=o ю=u я=a"},
	{lang: Belarusian, scheme: BGN, // BGN/PCGN 1979
		base: "а=a б=b в=v г=h д=d е=e ё=yo ж=zh з=z і=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u " +
			"ў=w ф=f х=kh ц=ts ч=ch ш=sh ы=y ь= э=e ю=yu я=ya",
		init: "е=ye", initAt: atStart | afterVowel | afterSign},
	{lang: Belarusian, scheme: ISO9, // ISO 9:1995 without diacritics (ŭ u)
		base: "а=a б=b в=v г=g д=d е=e ё=e ж=z з=z і=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u " +
			"ў=u ф=f х=h ц=c ч=c ш=s ы=y ь= э=e ю=u я=a"},

	// ---------------------------------------------------------------- Bulgarian
	{lang: Bulgarian, scheme: National, // Transliteration Act 2009 (Streamlined System, BGN/PCGN 2013)
		base: "а=a б=b в=v г=g д=d е=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=h ц=ts ч=ch ш=sh щ=sht ъ=a ь=y ю=yu я=ya",
		ends: "ия=ia"},
	{lang: Bulgarian, scheme: ICAO, // Doc 9303: Щ SHT in Bulgarian; Ъ IE as the table has it
		base: "а=a б=b в=v г=g д=d е=e ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=kh ц=ts ч=ch ш=sh щ=sht ъ=ie ь= ю=iu я=ia"},
	{lang: Bulgarian, scheme: BGN, // BGN/PCGN 1952 (ъ ŭ): older maps and documents, Khristo
		base: "а=a б=b в=v г=g д=d е=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=kh ц=ts ч=ch ш=sh щ=sht ъ=u ь= ю=yu я=ya"},
	{lang: Bulgarian, scheme: ISO9, // ISO 9:1995 without diacritics (ǎ a, ŝ s)
		base: "а=a б=b в=v г=g д=d е=e ж=z з=z и=i й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=h ц=c ч=c ш=s щ=s ъ=a ь= ю=u я=a"},
	{lang: Bulgarian, scheme: German, // German press: Christo Stoitschkow, Todor Schiwkow
		base: "а=a б=b в=w г=g д=d е=e ж=sch з=s и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f " +
			"х=ch ц=z ч=tsch ш=sch щ=scht ъ=a ь= ю=ju я=ja",
		ss: true},

	// ---------------------------------------------------------------- Serbian
	{lang: Serbian, scheme: National, // official Serbian Latin without diacritics (đ d, ć c, č c, dž dz)
		base: "а=a б=b в=v г=g д=d ђ=d е=e ж=z з=z и=i ј=j к=k л=l љ=lj м=m н=n њ=nj о=o п=p р=r " +
			"с=s т=t ћ=c у=u ф=f х=h ц=c ч=c џ=dz ш=s"},
	{lang: Serbian, scheme: English, // English-language usage: đ as dj (Novak Djokovic, Djordje)
		base: "а=a б=b в=v г=g д=d ђ=dj е=e ж=z з=z и=i ј=j к=k л=l љ=lj м=m н=n њ=nj о=o п=p р=r " +
			"с=s т=t ћ=c у=u ф=f х=h ц=c ч=c џ=dz ш=s"},

	// ---------------------------------------------------------------- Macedonian
	{lang: Macedonian, scheme: National, // BGN/PCGN 2013 = national system, without diacritics (ǵ g, ḱ k)
		base: "а=a б=b в=v г=g д=d ѓ=g е=e ж=z з=z ѕ=dz и=i ј=j к=k л=l љ=lj м=m н=n њ=nj о=o п=p " +
			"р=r с=s т=t ќ=k у=u ф=f х=h ц=c ч=c џ=dz ш=s"},
	{lang: Macedonian, scheme: ICAO, // Doc 9303: Ѓ GJ, Ќ KJ, Џ DJ, Х H, Ц C in Macedonian (Gjorge Ivanov)
		base: "а=a б=b в=v г=g д=d ѓ=gj е=e ж=zh з=z ѕ=dz и=i ј=j к=k л=l љ=lj м=m н=n њ=nj о=o п=p " +
			"р=r с=s т=t ќ=kj у=u ф=f х=h ц=c ч=ch џ=dj ш=sh"},
	{lang: Macedonian, scheme: ISO9, // ISO 9:1995 without diacritics (ẑ z, l̂ l, n̂ n, d̂ d)
		base: "а=a б=b в=v г=g д=d ѓ=g е=e ж=z з=z ѕ=z и=i ј=j к=k л=l љ=l м=m н=n њ=n о=o п=p " +
			"р=r с=s т=t ќ=k у=u ф=f х=h ц=c ч=c џ=d ш=s"},
}
